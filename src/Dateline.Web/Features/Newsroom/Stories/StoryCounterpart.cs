namespace Dateline.Web.Features.Newsroom.Stories;

/// <summary>
/// A story's translation in another edition, as the editor shows it beside the form: the working copy's words (the
/// body already sanitized), or only the id and edition when the actor may not read it.
/// </summary>
public sealed record StoryCounterpart(int Id, string EditionCode, StoryFields? Fields);
