namespace Dateline.Web.Features.Media;

/// <summary>Media storage and rendition settings, bound from the <c>Media</c> section.</summary>
public sealed class MediaOptions
{
    public const string SectionName = "Media";

    /// <summary>The rendition widths used when configuration lists none.</summary>
    public static readonly IReadOnlyList<int> DefaultWidths = [320, 480, 640, 800, 1024, 1280, 1600];

    /// <summary>Folder for originals and renditions; empty means <c>{Dateline:DataPath}/media</c>.</summary>
    public string? LocalPath { get; set; }

    /// <summary>
    /// Rendition widths offered in srcset, ascending, each 1 to 4096 pixels; empty means <see cref="DefaultWidths"/>.
    /// The default is not written here because the configuration binder appends to an array instead of replacing it.
    /// </summary>
    public int[] Widths { get; set; } = [];

    /// <summary>Largest accepted upload, in bytes.</summary>
    public long MaxUploadBytes { get; set; } = 25 * 1024 * 1024;

    /// <summary>
    /// Largest upload request in all (every file of a multipart body); a larger Content-Length is refused before
    /// anything is read, and Kestrel cuts a chunked body at it.
    /// </summary>
    public long MaxUploadRequestBytes { get; set; } = 100 * 1024 * 1024;

    /// <summary>Most files one upload request may carry.</summary>
    public int MaxFilesPerUpload { get; set; } = 20;

    /// <summary>Largest accepted image area, in pixels; guards against small files that decode to huge images.</summary>
    public long MaxPixels { get; set; } = 100_000_000;

    /// <summary>Make AVIF renditions in the background after WebP and JPEG; off, AVIF is made on first request only.</summary>
    public bool AvifInBackground { get; set; } = true;

    /// <summary>The width of social cards (Open Graph, Twitter) and structured-data images, also offered for crops.</summary>
    public const int ShareWidth = 1200;

    /// <summary>The widths renditions may be requested at: <see cref="Widths"/>, or the defaults.</summary>
    public IReadOnlyList<int> OfferedWidths => Widths.Length > 0 ? Widths : DefaultWidths;

    /// <summary>
    /// The widths a srcset lists for an original of the given width: those no wider than the original, and always at
    /// least the smallest (served at the original's size). An unknown width (0) gets every offered width.
    /// </summary>
    public IReadOnlyList<int> WidthsFor(int originalWidth)
    {
        var offered = OfferedWidths;
        if (originalWidth <= 0)
        {
            return offered;
        }

        var fitting = offered.Where(w => w <= originalWidth).ToArray();
        return fitting.Length > 0 ? fitting : [offered[0]];
    }
}
