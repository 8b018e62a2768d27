using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dateline.Web.Features.Editions;

internal sealed class EditionConfiguration : IEntityTypeConfiguration<Edition>
{
    public void Configure(EntityTypeBuilder<Edition> builder)
    {
        builder.HasKey(e => e.Code);
        builder.Property(e => e.Code).HasMaxLength(8);
        builder.Property(e => e.Name).HasMaxLength(64);
        builder.Property(e => e.Culture).HasMaxLength(16);
        builder.Property(e => e.SiteName).HasMaxLength(128);
        builder.Property(e => e.Tagline).HasMaxLength(256);
        builder.Property(e => e.Direction).HasConversion<string>().HasMaxLength(3);
    }
}
