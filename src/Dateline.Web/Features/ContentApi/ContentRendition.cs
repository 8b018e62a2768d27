namespace Dateline.Web.Features.ContentApi;

public sealed record ContentRendition(int Width, int Height, string ContentType, string Url);
