namespace Dateline.Web.Features.Articles.Publishing;

/// <summary>
/// A feature that reacts on this node after an article event has been committed (cache eviction, waking the search
/// indexer or the outbox sender). The change is already durable: a subscriber that fails is logged and the others still
/// run. Work that must survive a crash belongs in an <see cref="IArticleEventOutbox"/> or in a reader of the event feed.
/// </summary>
public interface IArticleEventSubscriber
{
    Task OnCommittedAsync(ArticleEvent articleEvent, CancellationToken cancellationToken);
}
