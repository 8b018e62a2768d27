namespace Dateline.Web.Features.Newsroom.Stories;

/// <summary>
/// A save refused because the story changed since the editor loaded it: what is saved now (theirs, with its version to
/// save over once merged) and what the editor sent (mine), so the UI can show both and let them merge.
/// </summary>
public sealed record StoryConflict(StoryView Current, StoryFields? Mine, int MyVersion);
