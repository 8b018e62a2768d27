namespace Dateline.Web.Features.Newsroom.Desk;

/// <summary>What the <c>_FieldDiff</c> partial shows: changed fields side by side under two titles, then the unchanged ones.</summary>
public sealed record FieldDiffView(IReadOnlyList<FieldChange> Changes, string BeforeTitle, string AfterTitle, DeskText Desk);
