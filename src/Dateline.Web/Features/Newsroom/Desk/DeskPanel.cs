namespace Dateline.Web.Features.Newsroom.Desk;

/// <summary>A titled list of stories on the dashboard (the model of <c>_DeskStoryTable</c>).</summary>
public sealed record DeskPanel(string Title, string TestId, DeskText Desk, IReadOnlyList<DeskStoryRow> Rows);
