namespace Dateline.Web.Features.Newsroom.Stories;

/// <summary>A story as the newsroom shows it: the working copy, its workflow state and what readers currently see.</summary>
public sealed record StoryView(
    int Id,
    string EditionCode,
    StoryState State,
    int Version,
    StoryFields Fields,
    int RevisionNumber,
    int? PublishedRevisionNumber,
    bool IsLive,
    DateTime? PublishedAt,
    DateTime? PublishAt,
    string CreatedById,
    string CreatedByName,
    DateTime CreatedAt,
    string UpdatedById,
    string UpdatedByName,
    DateTime UpdatedAt,
    string? PublicPath)
{
    /// <summary>The working copy differs from what readers see (or was never published).</summary>
    public bool HasUnpublishedChanges => PublishedRevisionNumber != RevisionNumber;

    /// <summary>The HTTP entity tag of this version (quoted, strong).</summary>
    public string ETag => StoryVersionTag.Format(Id, Version);
}
