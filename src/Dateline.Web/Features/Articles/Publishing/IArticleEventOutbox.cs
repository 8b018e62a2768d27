using Dateline.Web.Infrastructure.Data;

namespace Dateline.Web.Features.Articles.Publishing;

/// <summary>
/// A feature that must record work for an article event durably, in the same transaction as the change (webhook
/// deliveries, CDN purges). Called by <see cref="ArticlePublishing"/> before it saves; add rows to <paramref name="db"/>
/// and do not save. The event's article may be new, so use <see cref="ArticleEvent.Article"/> rather than its id.
/// </summary>
public interface IArticleEventOutbox
{
    ValueTask EnqueueAsync(ArticleEvent articleEvent, DatelineDbContext db, CancellationToken cancellationToken);
}
