namespace Dateline.Web.Features.StructuredData;

/// <summary>
/// The site's own images for search engines and social previews, in wwwroot/img: the logo (SVG, and a PNG since
/// Google reads only raster logos, at least 112 px) and the card shown when a page has no image of its own (the
/// 1.91:1 size Facebook, LinkedIn and X crop to). Both are language-neutral, so both editions use them.
/// </summary>
public static class SiteImages
{
    public const string LogoSvg = "/img/logo.svg";

    public const string LogoPng = "/img/logo.png";

    public const int LogoSize = 512;

    public const string ShareCard = "/img/share-card.png";

    public const int ShareCardWidth = 1200;

    public const int ShareCardHeight = 630;
}
