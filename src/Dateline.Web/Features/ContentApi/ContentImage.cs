namespace Dateline.Web.Features.ContentApi;

/// <summary>An article's lead image and the JPEG renditions it is served at (the site's offered widths).</summary>
public sealed record ContentImage(
    int Id, int Width, int Height, string? AltText, string? Caption, string? Credit, IReadOnlyList<ContentRendition> Renditions);
