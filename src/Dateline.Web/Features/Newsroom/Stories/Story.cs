using Dateline.Web.Features.Articles;

namespace Dateline.Web.Features.Newsroom.Stories;

/// <summary>
/// A story in the newsroom: the working copy of an <see cref="Articles.Article"/> (same id) and where it stands in the
/// workflow. The article row is what readers see and changes only when a revision is published; the working copy
/// changes on every save.
/// </summary>
public sealed class Story
{
    /// <summary>The article's id: every story has an article row (in Draft status until first published).</summary>
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public required string EditionCode { get; set; }
    public StoryState State { get; set; }

    /// <summary>The working copy.</summary>
    public required StoryFields Fields { get; set; }

    /// <summary>Grows on every save and transition; the ETag of the API and the hidden field of the editor form.</summary>
    public int Version { get; set; }

    /// <summary>The number of the newest revision (revisions are numbered 1, 2, … per story).</summary>
    public int RevisionNumber { get; set; }

    /// <summary>The revision number last published, or null when never published.</summary>
    public int? PublishedRevisionNumber { get; set; }

    /// <summary>UTC. When a scheduled story goes live; it is an embargo too: nothing publishes it earlier.</summary>
    public DateTime? PublishAt { get; set; }

    public required string CreatedById { get; set; }
    public required string CreatedByName { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string UpdatedById { get; set; }
    public required string UpdatedByName { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>Whether the working copy differs from what readers see (or the story was never published).</summary>
    public bool HasUnpublishedChanges => PublishedRevisionNumber != RevisionNumber;
}
