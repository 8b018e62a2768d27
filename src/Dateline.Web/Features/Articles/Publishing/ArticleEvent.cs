namespace Dateline.Web.Features.Articles.Publishing;

/// <summary>
/// One row of the article change feed: written in the same transaction as the change it records, so it is also the
/// outbox that search indexing, webhooks and CDN purges read. Ids grow with insertion, but on PostgreSQL a lower id can
/// commit after a higher one, so a consumer that follows the feed by id must look back over a short window and handle
/// every event idempotently.
/// </summary>
public sealed class ArticleEvent
{
    public long Id { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public required string EditionCode { get; set; }
    public ArticleEventKind Kind { get; set; }

    /// <summary>UTC.</summary>
    public DateTime OccurredAt { get; set; }
}
