namespace Dateline.Web.Features.ContentApi.Ninjs;

/// <summary>A ninjs headline or description.</summary>
public sealed record NinjsText(string? Role, string? ContentType, string Value);
