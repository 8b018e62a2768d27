using System.Globalization;

namespace Dateline.Web.Features.Media;

/// <summary>Addresses of an asset's renditions and original download, as the media endpoints serve them.</summary>
public static class MediaUrls
{
    /// <summary>A rendition; a width wider than the original is served at the original's size.</summary>
    public static string RenditionUrl(int assetId, int width, RenditionFormat format) =>
        AppendRenditionUrl(new System.Text.StringBuilder(32), assetId, width, format).ToString();

    /// <summary>The same address written straight into a builder (srcset lists), without an intermediate string.</summary>
    public static System.Text.StringBuilder AppendRenditionUrl(System.Text.StringBuilder builder, int assetId, int width, RenditionFormat format) =>
        builder.Append("/media/").Append(assetId).Append('/').Append(width).Append('.').Append(format.Extension);

    /// <summary>The original as an attachment; the name (e.g. an article's slug, Arabic or not) gets the original's extension.</summary>
    public static string DownloadUrl(int assetId, string fileName) =>
        string.Create(CultureInfo.InvariantCulture,
            $"/media/{assetId}/download/{Uri.EscapeDataString(string.IsNullOrWhiteSpace(fileName) ? DownloadFileName.Fallback : fileName)}");
}
