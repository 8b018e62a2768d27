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

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var widths = options.Value.WidthsFor(AssetWidth);
        output.TagName = "picture";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Content.Clear();

        if (Avif)
        {
            output.Content.AppendHtml(Source(RenditionFormat.Avif, widths));
        }

        output.Content.AppendHtml(Source(RenditionFormat.Webp, widths));

        var img = new TagBuilder("img") { TagRenderMode = TagRenderMode.StartTag };
        img.Attributes["src"] = MediaUrls.RenditionUrl(AssetId, widths.LastOrDefault(w => w <= FallbackWidth, widths[0]), RenditionFormat.Jpeg);
        img.Attributes["srcset"] = Srcset(RenditionFormat.Jpeg, widths);
        img.Attributes["sizes"] = Sizes;
        if (AssetWidth > 0 && AssetHeight > 0)
        {
            img.Attributes["width"] = AssetWidth.ToString(CultureInfo.InvariantCulture);
            img.Attributes["height"] = AssetHeight.ToString(CultureInfo.InvariantCulture);
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

    private TagBuilder Source(RenditionFormat format, IReadOnlyList<int> widths)
    {
        var source = new TagBuilder("source") { TagRenderMode = TagRenderMode.StartTag };
        source.Attributes["type"] = format.ContentType;
        source.Attributes["srcset"] = Srcset(format, widths);
        source.Attributes["sizes"] = Sizes;
        return source;
    }

    private string Srcset(RenditionFormat format, IReadOnlyList<int> widths)
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
            var served = AssetWidth > 0 ? Math.Min(width, AssetWidth) : width;
            MediaUrls.AppendRenditionUrl(builder, AssetId, width, format).Append(' ').Append(served).Append('w');
        }

        return builder.ToString();
    }
}
