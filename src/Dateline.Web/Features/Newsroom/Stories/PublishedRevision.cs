namespace Dateline.Web.Features.Newsroom.Stories;

/// <summary>
/// What readers see of a story, written once when it is published or corrected and never changed: the public article
/// page renders it from this one row (<see cref="Articles.Article.PublishedRevisionId"/> points at the current one).
/// </summary>
public sealed class PublishedRevision
{
    /// <summary>Made by the application, so an article and its first snapshot can be staged together.</summary>
    public Guid Id { get; set; }
    public int ArticleId { get; set; }

    /// <summary>The story revision it was made from.</summary>
    public int RevisionNumber { get; set; }

    /// <summary>UTC.</summary>
    public DateTime CreatedAt { get; set; }
    public required string CreatedById { get; set; }

    public required ArticleSnapshot Snapshot { get; set; }
}
