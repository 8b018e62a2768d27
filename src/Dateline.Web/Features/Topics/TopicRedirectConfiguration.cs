using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dateline.Web.Features.Topics;

internal sealed class TopicRedirectConfiguration : IEntityTypeConfiguration<TopicRedirect>
{
    public void Configure(EntityTypeBuilder<TopicRedirect> builder)
    {
        builder.Property(r => r.EditionCode).HasMaxLength(8);
        builder.Property(r => r.Slug).HasMaxLength(128);
        builder.HasIndex(r => new { r.EditionCode, r.Slug }).IsUnique();
        builder.HasOne(r => r.Topic).WithMany().HasForeignKey(r => r.TopicId).OnDelete(DeleteBehavior.Cascade);
    }
}
