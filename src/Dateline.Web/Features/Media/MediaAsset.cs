namespace Dateline.Web.Features.Media;

/// <summary>An uploaded original image; renditions are derived from it and never stored here.</summary>
public sealed class MediaAsset
{
    public int Id { get; set; }

    /// <summary>Key of the original in <see cref="IMediaStorage"/>.</summary>
    public required string StorageKey { get; set; }
    public required string OriginalFileName { get; set; }
    public required string ContentType { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public long Length { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Default caption, credit and alt text; an article may override each.</summary>
    public string? Caption { get; set; }
    public string? Credit { get; set; }
    public string? AltText { get; set; }

    /// <summary>Average colour as #rrggbb, painted while the image loads.</summary>
    public string? DominantColor { get; set; }
}
