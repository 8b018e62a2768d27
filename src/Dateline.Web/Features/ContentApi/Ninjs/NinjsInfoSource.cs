namespace Dateline.Web.Features.ContentApi.Ninjs;

/// <summary>A party that supplied the content: the publisher, the news agency, an author.</summary>
public sealed record NinjsInfoSource(string Name, string Role, string? Uri);
