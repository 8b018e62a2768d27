namespace Dateline.Web.Features.Media.Api;

/// <summary>An asset as the management API shows it, with the addresses of its renditions and crops.</summary>
public sealed record MediaAssetResponse(
    int Id,
    string FileName,
    string ContentType,
    int Width,
    int Height,
    long Length,
    DateTime CreatedAt,
    string? UploadedBy,
    string? Caption,
    string? Credit,
    string? AltText,
    string? Source,
    string? CopyrightNotice,
    string? Creator,
    IReadOnlyList<string> Keywords,
    string Licence,
    bool ReadersMayDownload,
    int FocalX,
    int FocalY,
    string RenditionStatus,
    IReadOnlyList<MediaRenditionUrls> Renditions,
    IReadOnlyDictionary<string, string> Crops,
    string? Download);
