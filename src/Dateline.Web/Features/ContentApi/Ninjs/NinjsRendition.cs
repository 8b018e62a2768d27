namespace Dateline.Web.Features.ContentApi.Ninjs;

public sealed record NinjsRendition(string Name, string Href, string ContentType, int Width, int Height);
