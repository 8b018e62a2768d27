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
        builder.Property(m => m.UploadedBy).HasMaxLength(256);
        builder.Property(m => m.Caption).HasMaxLength(2000);
        builder.Property(m => m.Credit).HasMaxLength(256);
        builder.Property(m => m.AltText).HasMaxLength(500);
        builder.Property(m => m.Source).HasMaxLength(256);
        builder.Property(m => m.CopyrightNotice).HasMaxLength(500);
        builder.Property(m => m.Creator).HasMaxLength(256);
        builder.Property(m => m.Keywords).HasMaxLength(MediaAsset.MaxKeywordsLength);
        builder.Property(m => m.Licence).HasConversion<string>().HasMaxLength(32).HasDefaultValue(MediaLicence.Unknown).ValueGeneratedNever();
        builder.Property(m => m.FocalX).HasDefaultValue(50).ValueGeneratedNever();
        builder.Property(m => m.FocalY).HasDefaultValue(50).ValueGeneratedNever();
        // Assets that existed before renditions were tracked already have theirs (made on import or on request).
        builder.Property(m => m.Renditions).HasDefaultValue(RenditionProgress.Complete).ValueGeneratedNever();
        builder.Property(m => m.DominantColor).HasMaxLength(7);
        builder.Ignore(m => m.KeywordList);
        builder.HasIndex(m => m.StorageKey).IsUnique();
        builder.HasIndex(m => m.CreatedAt);
        builder.HasIndex(m => m.Renditions);
    }
}
