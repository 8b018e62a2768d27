namespace Dateline.Web.Features.Newsroom.Desk;

/// <summary>A stretch of words of one <see cref="DiffRunKind"/>.</summary>
public sealed record DiffRun(DiffRunKind Kind, string Text);
