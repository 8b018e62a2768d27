using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dateline.Web.Features.Media;

internal sealed class MediaAssetConfiguration : IEntityTypeConfiguration<MediaAsset>
{
    public void Configure(EntityTypeBuilder<MediaAsset> builder)
    {
        builder.Property(m => m.StorageKey).HasMaxLength(256);
        builder.Property(m => m.OriginalFileName).HasMaxLength(256);
        builder.Property(m => m.ContentType).HasMaxLength(64);
        builder.Property(m => m.Caption).HasMaxLength(1000);
        builder.Property(m => m.Credit).HasMaxLength(256);
        builder.Property(m => m.AltText).HasMaxLength(500);
        builder.Property(m => m.DominantColor).HasMaxLength(7);
        builder.HasIndex(m => m.StorageKey).IsUnique();
    }
}
