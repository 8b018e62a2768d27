namespace Dateline.Web.Features.Newsroom.Stories.Api;

/// <summary>The body of <c>POST …/{id}/corrections</c>: <c>kind</c> is "correction" (the default) or "update".</summary>
public sealed record CorrectionRequest(string? Kind, string? Text);
