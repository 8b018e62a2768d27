using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dateline.Web.Features.CdnPurge;

internal sealed class CdnPurgeRequestConfiguration : IEntityTypeConfiguration<CdnPurgeRequest>
{
    public void Configure(EntityTypeBuilder<CdnPurgeRequest> builder)
    {
        builder.Property(r => r.LeaseToken).HasMaxLength(32).IsConcurrencyToken();
        builder.Property(r => r.LastError).HasMaxLength(500);
        builder.HasIndex(r => new { r.CompletedAt, r.NextAttemptAt });
        builder.HasIndex(r => r.LeaseToken);
        builder.HasOne(r => r.ArticleEvent).WithMany().HasForeignKey(r => r.ArticleEventId).OnDelete(DeleteBehavior.Cascade);
    }
}
