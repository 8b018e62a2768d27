namespace Dateline.Web.Features.Feeds;

/// <summary>A story's hero image as feeds offer it: one JPEG rendition whose size in bytes is known.</summary>
public sealed record FeedImage(string Path, string ContentType, long Length, int Width, int Height, string? Description, string? Credit);
