namespace Dateline.Web.Features.Newsroom.Stories;

/// <summary>One save of a story: immutable, with who saved it and when. Restoring one saves a new revision.</summary>
public sealed class StoryRevision
{
    public long Id { get; set; }
    public int ArticleId { get; set; }
    public int Number { get; set; }
    public required StoryFields Fields { get; set; }
    public required string AuthorId { get; set; }
    public required string AuthorName { get; set; }

    /// <summary>UTC.</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>Why the revision exists when it is not a plain save ("Restored revision 3").</summary>
    public string? Note { get; set; }

    /// <summary>The revision whose fields this one restored, when it is a restore.</summary>
    public int? RestoredFrom { get; set; }
}
