namespace Dateline.Web.Features.Articles;

/// <summary>A dated note under a story: a correction of an error, or an update with news.</summary>
public sealed record CorrectionNote(bool IsUpdate, DateTime At, string Text);
