using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dateline.Web.Features.Sections;

internal sealed class SectionConfiguration : IEntityTypeConfiguration<Section>
{
    public void Configure(EntityTypeBuilder<Section> builder)
    {
        builder.Property(s => s.EditionCode).HasMaxLength(8);
        builder.Property(s => s.Slug).HasMaxLength(128);
        builder.Property(s => s.Name).HasMaxLength(128);
        builder.HasIndex(s => new { s.EditionCode, s.Slug }).IsUnique();
        builder.HasOne(s => s.Edition).WithMany().HasForeignKey(s => s.EditionCode).OnDelete(DeleteBehavior.Restrict);
    }
}
