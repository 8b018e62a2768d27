using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dateline.Web.Features.Webhooks;

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.Property(d => d.MessageId).HasMaxLength(40);
        builder.Property(d => d.EventType).HasMaxLength(40);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.LeaseToken).HasMaxLength(32).IsConcurrencyToken();
        builder.Property(d => d.LastError).HasMaxLength(500);
        builder.HasIndex(d => d.MessageId).IsUnique();
        builder.HasIndex(d => new { d.Status, d.NextAttemptAt });
        builder.HasIndex(d => new { d.EndpointId, d.Id });
        builder.HasIndex(d => d.LeaseToken);
        builder.HasOne(d => d.Endpoint).WithMany().HasForeignKey(d => d.EndpointId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(d => d.ArticleEvent).WithMany().HasForeignKey(d => d.ArticleEventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.AttemptLog).WithOne().HasForeignKey(a => a.DeliveryId).OnDelete(DeleteBehavior.Cascade);
    }
}
