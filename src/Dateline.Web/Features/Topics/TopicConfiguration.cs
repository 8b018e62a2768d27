using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dateline.Web.Features.Topics;

internal sealed class TopicConfiguration : IEntityTypeConfiguration<Topic>
{
    public void Configure(EntityTypeBuilder<Topic> builder)
    {
        builder.Property(t => t.EditionCode).HasMaxLength(8);
        builder.Property(t => t.Slug).HasMaxLength(128);
        builder.Property(t => t.Name).HasMaxLength(128);
        builder.HasIndex(t => new { t.EditionCode, t.Slug }).IsUnique();
        builder.HasOne(t => t.Edition).WithMany().HasForeignKey(t => t.EditionCode).OnDelete(DeleteBehavior.Restrict);
    }
}
