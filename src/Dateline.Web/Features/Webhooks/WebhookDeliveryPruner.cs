using Dateline.Web.Features.Articles.Publishing;
using Dateline.Web.Infrastructure.Data;

namespace Dateline.Web.Features.Webhooks;

/// <summary>
/// Old delivered and failed deliveries go, with their attempts (the foreign key cascades, on both providers). A
/// failed delivery's <see cref="WebhookDelivery.NextAttemptAt"/> is when it last came due, so it ages from its last
/// attempt, and a redelivery (which makes it due now) restarts its clock. Pending deliveries are never pruned.
/// </summary>
internal sealed class WebhookDeliveryPruner : IOutboxPruner
{
    public string Rows => "webhook deliveries";

    public Task<int> PruneAsync(DatelineDbContext db, DateTime cutoff, int batchSize, CancellationToken cancellationToken) =>
        OutboxPruning.DeleteBatchAsync(
            db.WebhookDeliveries.Where(d => (d.Status == WebhookDeliveryStatus.Delivered || d.Status == WebhookDeliveryStatus.Failed)
                && d.NextAttemptAt < cutoff && (d.DeliveredAt == null || d.DeliveredAt < cutoff)),
            d => d.Id, batchSize, cancellationToken);
}
