namespace Dateline.Web.Features.Newsroom.Stories;

/// <summary>A workflow step in a story's history (saves are <see cref="StoryRevision"/>s, not steps).</summary>
public enum StoryStepKind
{
    Submitted,
    ReturnedToDraft,
    Scheduled,
    Published,
    Unpublished,
    Corrected,
}
