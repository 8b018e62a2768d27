using Dateline.Web.Infrastructure.Data;

namespace Dateline.Web.Features.Articles.Publishing;

/// <summary>
/// A feature whose outbox rows (<see cref="IArticleEventOutbox"/>) stay after they are done, as a log, until
/// <see cref="OutboxPruning"/> removes the old ones.
/// </summary>
public interface IOutboxPruner
{
    /// <summary>What the rows are, for the log ("webhook deliveries").</summary>
    string Rows { get; }

    /// <summary>
    /// Deletes at most <paramref name="batchSize"/> rows that were finished (done or given up) before
    /// <paramref name="cutoff"/> (UTC), with whatever hangs off them; returns how many. Never touches rows still to send.
    /// </summary>
    Task<int> PruneAsync(DatelineDbContext db, DateTime cutoff, int batchSize, CancellationToken cancellationToken);
}
