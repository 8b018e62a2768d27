namespace Dateline.Web.Features.Newsroom.Stories.Api;

/// <summary>What a write returns: the story's id, its new version (also the ETag), its state and, once live, its public address.</summary>
public sealed record ArticleCreated(int Id, int Version, string Status, string? Url);
