namespace Dateline.Web.Features.Media.Api;

/// <summary>
/// A PATCH of an asset: fields left out (or null) stay as they are, an empty string clears a text. <c>licence</c>
/// is one of the <see cref="MediaLicence"/> names (any case); changing it or <c>readersMayDownload</c> takes an Editor.
/// </summary>
public sealed record MediaUpdateRequest
{
    public string? Caption { get; init; }
    public string? Credit { get; init; }
    public string? AltText { get; init; }
    public string? Source { get; init; }
    public string? CopyrightNotice { get; init; }
    public string? Creator { get; init; }
    public IReadOnlyList<string>? Keywords { get; init; }
    public string? Licence { get; init; }
    public bool? ReadersMayDownload { get; init; }
    public int? FocalX { get; init; }
    public int? FocalY { get; init; }
}
