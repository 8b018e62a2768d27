namespace Dateline.Web.Features.Newsroom.Desk;

/// <summary>
/// One line of a story's revision list: a save (<see cref="IsSave"/>, with a revision to compare or restore) or a
/// workflow step taken on <see cref="RevisionNumber"/>.
/// </summary>
public sealed record StoryHistoryEntry(DateTime At, string Who, string What, int RevisionNumber, bool IsSave, string? Detail);
