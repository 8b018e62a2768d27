namespace Dateline.Web.Features.Media;

/// <summary>
/// An uploaded original image. Its pixels never change (a replaced image is a new asset); its descriptive fields,
/// rights and focal point are edited in the newsroom.
/// </summary>
public sealed class MediaAsset
{
    public const int MaxKeywordsLength = 1000;

    public int Id { get; set; }

    /// <summary>Key of the original in <see cref="IMediaStorage"/>. Originals are never served as stored.</summary>
    public required string StorageKey { get; set; }
    public required string OriginalFileName { get; set; }
    public required string ContentType { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public long Length { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Name of the newsroom user who uploaded it; null for imported and seeded images.</summary>
    public string? UploadedBy { get; set; }

    /// <summary>Default caption, credit and alt text; an article may override each.</summary>
    public string? Caption { get; set; }
    public string? Credit { get; set; }
    public string? AltText { get; set; }

    /// <summary>Who supplied the image (IPTC Source), e.g. the agency that distributed it.</summary>
    public string? Source { get; set; }
    public string? CopyrightNotice { get; set; }

    /// <summary>The photographer (IPTC By-line / XMP dc:creator).</summary>
    public string? Creator { get; set; }

    /// <summary>Keywords joined with ", " (searched with LIKE; the library needs no keyword table).</summary>
    public string? Keywords { get; set; }

    public MediaLicence Licence { get; set; }

    /// <summary>Whether readers get a download button and the download address answers.</summary>
    public bool ReadersMayDownload { get; set; }

    /// <summary>The point crops keep in view, in percent of the upright width and height (0–100).</summary>
    public int FocalX { get; set; } = 50;
    public int FocalY { get; set; } = 50;

    /// <summary>How far the background renditions have come; anything short of Complete is resumed at start.</summary>
    public RenditionProgress Renditions { get; set; }

    /// <summary>Average colour as #rrggbb, painted while the image loads.</summary>
    public string? DominantColor { get; set; }

    public IReadOnlyList<string> KeywordList =>
        string.IsNullOrWhiteSpace(Keywords) ? [] : Keywords.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
