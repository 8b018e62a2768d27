namespace Dateline.Web.Features.Newsroom.Stories;

/// <summary>
/// One workflow step of a story (submitted, published, corrected…), written in the same transaction as the step, so
/// the revision list shows what happened to the working copy besides its saves. Never changed after it is written.
/// </summary>
public sealed class StoryStep
{
    public long Id { get; set; }
    public int ArticleId { get; set; }
    public StoryStepKind Kind { get; set; }

    /// <summary>The working copy's revision when the step was taken (the one published, submitted…).</summary>
    public int RevisionNumber { get; set; }
    public required string ActorId { get; set; }
    public required string ActorName { get; set; }

    /// <summary>UTC.</summary>
    public DateTime At { get; set; }

    /// <summary>The correction's text, or the schedule's time.</summary>
    public string? Detail { get; set; }
}
