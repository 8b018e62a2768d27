using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Media;

namespace Dateline.Web.Features.StructuredData;

/// <summary>The image of a page's social card (og:image), site-relative, with the size it is served at.</summary>
public sealed record ShareImage(string Path, int Width, int Height, string ContentType, string Alt)
{
    /// <summary>
    /// The hero's 16:9 focal crop, 1200 px wide as JPEG (<see cref="MediaUrls.ShareImageUrl"/>). The crop is never
    /// enlarged, so a small original gives a narrower card; the size stated is the size served.
    /// </summary>
    public static ShareImage Of(HeroImage image, string alt)
    {
        var region = CropRatio.Wide.RegionIn(image.Width, image.Height, image.FocalX, image.FocalY);
        var width = Math.Min(MediaOptions.ShareWidth, region.Width);
        return new ShareImage(
            MediaUrls.ShareImageUrl(image.AssetId, image.FocalX, image.FocalY), width, CropRatio.Wide.HeightFor(width), RenditionFormat.Jpeg.ContentType, alt);
    }

    /// <summary>The site card, for pages without an image of their own.</summary>
    public static ShareImage SiteCard(string siteName) =>
        new(SiteImages.ShareCard, SiteImages.ShareCardWidth, SiteImages.ShareCardHeight, "image/png", siteName);
}
