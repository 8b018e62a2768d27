using Dateline.Web.Infrastructure.Data;

namespace Dateline.Web.Features.Articles.Publishing;

/// <summary>
/// The one publish path. Every change readers can see (publish, update, unpublish, correct; from the newsroom, the
/// management API, the scheduler or the wire desk) is saved through <see cref="SaveAsync"/>: the context's pending
/// changes, one <see cref="ArticleEvent"/> per change and whatever the outboxes add are written in one transaction,
/// then the subscribers run.
/// </summary>
public sealed class ArticlePublishing(
    IEnumerable<IArticleEventOutbox> outboxes,
    IEnumerable<IArticleEventSubscriber> subscribers,
    TimeProvider clock,
    ILogger<ArticlePublishing> logger)
{
    public async Task<IReadOnlyList<ArticleEvent>> SaveAsync(
        DatelineDbContext db,
        IReadOnlyList<(Article Article, ArticleEventKind Kind)> changes,
        CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var events = new List<ArticleEvent>(changes.Count);
        foreach (var (article, kind) in changes)
        {
            var articleEvent = new ArticleEvent { Article = article, EditionCode = article.EditionCode, Kind = kind, OccurredAt = now };
            db.ArticleEvents.Add(articleEvent);
            events.Add(articleEvent);
        }

        foreach (var articleEvent in events)
        {
            foreach (var outbox in outboxes)
            {
                await outbox.EnqueueAsync(articleEvent, db, cancellationToken);
            }
        }

        // SaveChanges is one transaction unless the caller has opened its own, in which case the caller commits.
        await db.SaveChangesAsync(cancellationToken);
        if (db.Database.CurrentTransaction is null)
        {
            await NotifyAsync(events, cancellationToken);
        }

        return events;
    }

    /// <summary>Runs the subscribers for events a caller committed in its own transaction.</summary>
    public async Task NotifyAsync(IEnumerable<ArticleEvent> events, CancellationToken cancellationToken = default)
    {
        foreach (var articleEvent in events)
        {
            foreach (var subscriber in subscribers)
            {
                try
                {
                    await subscriber.OnCommittedAsync(articleEvent, cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "{Subscriber} failed on {Kind} of article {ArticleId}", subscriber.GetType().Name, articleEvent.Kind, articleEvent.ArticleId);
                }
            }
        }
    }
}
