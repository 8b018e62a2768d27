using Dateline.Web.Features.Articles.Publishing;
using Dateline.Web.Infrastructure.Data;

namespace Dateline.Web.Features.CdnPurge;

/// <summary>Old purges that were sent, or given up on (aged from their last attempt's due time), go; waiting ones stay.</summary>
internal sealed class CdnPurgeRequestPruner : IOutboxPruner
{
    public string Rows => "CDN purge requests";

    public Task<int> PruneAsync(DatelineDbContext db, DateTime cutoff, int batchSize, CancellationToken cancellationToken) =>
        OutboxPruning.DeleteBatchAsync(
            db.CdnPurgeRequests.Where(r => (r.CompletedAt != null && r.CompletedAt < cutoff) || (r.GaveUp && r.NextAttemptAt < cutoff)),
            r => r.Id, batchSize, cancellationToken);
}
