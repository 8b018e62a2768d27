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

    /// <summary>A crop of the ratio around the focal point (percent), as <c>ServeCrop</c> serves it.</summary>
    public static string CropUrl(int assetId, CropRatio ratio, int focalX, int focalY, int width, RenditionFormat format) =>
        AppendCropUrl(new System.Text.StringBuilder(48), assetId, ratio, focalX, focalY, width, format).ToString();

    public static System.Text.StringBuilder AppendCropUrl(
        System.Text.StringBuilder builder, int assetId, CropRatio ratio, int focalX, int focalY, int width, RenditionFormat format) =>
        builder.Append("/media/").Append(assetId).Append('/').Append(ratio.Name).Append('/').Append(focalX).Append('-').Append(focalY)
            .Append('/').Append(width).Append('.').Append(format.Extension);

    /// <summary>The social-card image: the 16:9 crop, 1200 px wide, as JPEG (what every preview crawler reads).</summary>
    public static string ShareImageUrl(int assetId, int focalX, int focalY) =>
        CropUrl(assetId, CropRatio.Wide, focalX, focalY, MediaOptions.ShareWidth, RenditionFormat.Jpeg);

    /// <summary>
    /// The images structured data lists (schema.org and Google's article guidance ask for 16:9, 4:3 and 1:1): each
    /// crop 1200 px wide as JPEG, site-relative; prefix the site's origin.
    /// </summary>
    public static IReadOnlyList<string> StructuredDataImageUrls(int assetId, int focalX, int focalY) =>
        [.. CropRatio.All.Select(r => CropUrl(assetId, r, focalX, focalY, MediaOptions.ShareWidth, RenditionFormat.Jpeg))];

    /// <summary>The original as an attachment; the name (e.g. an article's slug, Arabic or not) gets the original's extension.</summary>
    public static string DownloadUrl(int assetId, string fileName) =>
        string.Create(CultureInfo.InvariantCulture,
            $"/media/{assetId}/download/{Uri.EscapeDataString(string.IsNullOrWhiteSpace(fileName) ? DownloadFileName.Fallback : fileName)}");
}
