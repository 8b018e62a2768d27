using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.Media;

/// <summary>
/// <c>&lt;dl-picture asset-id asset-width asset-height alt sizes priority class /&gt;</c>: a responsive
/// <c>&lt;picture&gt;</c> with WebP (and optionally AVIF) sources and a JPEG <c>&lt;img&gt;</c>, listing only widths the
/// original can fill. <c>class</c> goes on the <c>&lt;img&gt;</c>; other attributes stay on the <c>&lt;picture&gt;</c>.
/// </summary>
[HtmlTargetElement("dl-picture", TagStructure = TagStructure.WithoutEndTag)]
public sealed class PictureTagHelper(IOptions<MediaOptions> options) : TagHelper
{
    // The fallback src for browsers without srcset: as close to a column's width as the original allows.
    private const int FallbackWidth = 800;

    [HtmlAttributeName("asset-id")]
    public int AssetId { get; set; }

    /// <summary>The original's width; srcset lists no wider rendition. Zero lists every width and omits width/height.</summary>
    [HtmlAttributeName("asset-width")]
    public int AssetWidth { get; set; }

    [HtmlAttributeName("asset-height")]
    public int AssetHeight { get; set; }

    /// <summary>Alternative text; empty (the default) marks a decorative image.</summary>
    [HtmlAttributeName("alt")]
    public string? Alt { get; set; }

    [HtmlAttributeName("sizes")]
    public string Sizes { get; set; } = "100vw";

    /// <summary>The page's main image: loaded eagerly with high fetch priority instead of lazily.</summary>
    [HtmlAttributeName("priority")]
    public bool Priority { get; set; }

    /// <summary>Also offer AVIF. Off by default: AVIF renditions are made on first request, which takes a while.</summary>
    [HtmlAttributeName("avif")]
    public bool Avif { get; set; }

    [HtmlAttributeName("class")]
    public string? Class { get; set; }

    /// <summary>Serve a crop of this ratio around the focal point instead of the whole picture (cards use 16:9).</summary>
    [HtmlAttributeName("crop")]
    public CropRatio? Crop { get; set; }

    /// <summary>The asset's focal point in percent; only used with <see cref="Crop"/>.</summary>
    [HtmlAttributeName("focal-x")]
    public int FocalX { get; set; } = 50;

    [HtmlAttributeName("focal-y")]
    public int FocalY { get; set; } = 50;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        // A crop is narrower than the original: its region's size decides the widths on offer and the intrinsic size.
        var (width, height) = Crop is { } crop && AssetWidth > 0 && AssetHeight > 0
            ? crop.RegionIn(AssetWidth, AssetHeight, FocalX, FocalY) is var region ? (region.Width, region.Height) : default
            : (AssetWidth, AssetHeight);
        var widths = options.Value.WidthsFor(width);
        output.TagName = "picture";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Content.Clear();

        if (Avif)
        {
            output.Content.AppendHtml(Source(RenditionFormat.Avif, widths, width));
        }

        output.Content.AppendHtml(Source(RenditionFormat.Webp, widths, width));

        var img = new TagBuilder("img") { TagRenderMode = TagRenderMode.StartTag };
        var fallback = widths.LastOrDefault(w => w <= FallbackWidth, widths[0]);
        img.Attributes["src"] = Url(new StringBuilder(48), fallback, RenditionFormat.Jpeg).ToString();
        img.Attributes["srcset"] = Srcset(RenditionFormat.Jpeg, widths, width);
        img.Attributes["sizes"] = Sizes;
        if (width > 0 && height > 0)
        {
            img.Attributes["width"] = width.ToString(CultureInfo.InvariantCulture);
            img.Attributes["height"] = height.ToString(CultureInfo.InvariantCulture);
        }

        img.Attributes["alt"] = Alt ?? "";
        if (!string.IsNullOrWhiteSpace(Class))
        {
            img.Attributes["class"] = Class;
        }

        img.Attributes["decoding"] = "async";
        img.Attributes["loading"] = Priority ? "eager" : "lazy";
        if (Priority)
        {
            img.Attributes["fetchpriority"] = "high";
        }

        output.Content.AppendHtml(img);
    }

    private TagBuilder Source(RenditionFormat format, IReadOnlyList<int> widths, int fullWidth)
    {
        var source = new TagBuilder("source") { TagRenderMode = TagRenderMode.StartTag };
        source.Attributes["type"] = format.ContentType;
        source.Attributes["srcset"] = Srcset(format, widths, fullWidth);
        source.Attributes["sizes"] = Sizes;
        return source;
    }

    private string Srcset(RenditionFormat format, IReadOnlyList<int> widths, int fullWidth)
    {
        // Sized up front and written in place: this runs for every card of every uncached page.
        var builder = new StringBuilder(widths.Count * 32);
        foreach (var width in widths)
        {
            if (builder.Length > 0)
            {
                builder.Append(", ");
            }

            // An original narrower than the smallest width is served at its own size; say so to the browser.
            var served = fullWidth > 0 ? Math.Min(width, fullWidth) : width;
            Url(builder, width, format).Append(' ').Append(served).Append('w');
        }

        return builder.ToString();
    }

    private StringBuilder Url(StringBuilder builder, int width, RenditionFormat format) =>
        Crop is { } crop
            ? MediaUrls.AppendCropUrl(builder, AssetId, crop, FocalX, FocalY, width, format)
            : MediaUrls.AppendRenditionUrl(builder, AssetId, width, format);
}
