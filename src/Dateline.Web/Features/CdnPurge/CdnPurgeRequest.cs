using Dateline.Web.Features.Articles.Publishing;

namespace Dateline.Web.Features.CdnPurge;

/// <summary>
/// An outbox row: the CDN must drop what an article event changed. Written in the event's transaction; the tags are
/// worked out when it is sent (<c>ArticleCacheEviction.TagsOf</c>), since a new article has no id until then.
/// </summary>
public sealed class CdnPurgeRequest
{
    public long Id { get; set; }

    public long ArticleEventId { get; set; }
    public ArticleEvent? ArticleEvent { get; set; }

    /// <summary>UTC.</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>UTC; null while it is still to be sent.</summary>
    public DateTime? CompletedAt { get; set; }

    /// <summary>Every attempt failed; the CDN copies expire by their own lifetime.</summary>
    public bool GaveUp { get; set; }

    public int Attempts { get; set; }

    /// <summary>UTC.</summary>
    public DateTime NextAttemptAt { get; set; }

    public string? LeaseToken { get; set; }

    /// <summary>UTC.</summary>
    public DateTime? LeaseExpiresAt { get; set; }

    public string? LastError { get; set; }
}
