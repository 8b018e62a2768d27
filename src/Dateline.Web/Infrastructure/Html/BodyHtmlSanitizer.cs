using Ganss.Xss;

namespace Dateline.Web.Infrastructure.Html;

/// <summary>
/// Cleans article body HTML once, when it is saved: the allow-list keeps what a story needs
/// (paragraphs, headings, lists, quotes, links, emphasis, tables, figures) and drops scripts, styles and event handlers.
/// It also admits exactly what the newsroom editor writes: <c>dir</c> on blocks, media-library images
/// (<c>&lt;img data-media-id src="/media/…"&gt;</c> inside a figure) and embed placeholders
/// (<c>&lt;figure data-embed="youtube|x" data-id="…"&gt;</c>, see <see cref="BodyEmbeds"/>) and galleries of such images
/// (<see cref="BodyGallery"/>); anything else of those shapes is dropped.
/// </summary>
public sealed class BodyHtmlSanitizer
{
    private readonly HtmlSanitizer _sanitizer;

    public BodyHtmlSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "q", "cite", "a", "strong", "b", "em", "i", "u",
                "s", "sub", "sup", "br", "hr", "figure", "figcaption", "table", "thead", "tbody", "tr", "th", "td",
                "caption", "abbr", "time", "span", "small", "mark", "bdi", "bdo", "img",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "href", "title", "lang", "dir", "datetime", "colspan", "rowspan", "scope", "cite",
                "src", "alt", "width", "height", "data-media-id", "data-embed", "data-id", BodyGallery.Attribute,
            },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto", "tel" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "cite", "src" },
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        };
        _sanitizer = new HtmlSanitizer(options);
        _sanitizer.PostProcessNode += (_, e) =>
        {
            // Links leaving the site must not hand the reader's window to the target.
            if (e.Node is AngleSharp.Html.Dom.IHtmlAnchorElement anchor && anchor.GetAttribute("href") is { } href
                && (href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
            {
                anchor.SetAttribute("rel", "noopener noreferrer");
            }

            if (e.Node is AngleSharp.Dom.IElement element && !IsAllowedMediaOrEmbed(element))
            {
                e.ReplacementNodes.Clear();
                element.Remove();
            }
        };
        _sanitizer.PostProcessDom += (_, e) => BodyGallery.Normalize(e.Document.Body);
        _sanitizer.AllowedAttributes.Add("rel");
    }

    public string Sanitize(string html) => _sanitizer.Sanitize(html ?? "").Trim();

    /// <summary>
    /// Images come only from the media library (so the site serves its own renditions, never a third-party tracker),
    /// and a placeholder names a known provider and a well-formed id, so rendering it can never make an arbitrary URL.
    /// </summary>
    private static bool IsAllowedMediaOrEmbed(AngleSharp.Dom.IElement element)
    {
        if (element.LocalName == "img")
        {
            return element.GetAttribute("data-media-id") is { } id && IsDigits(id, 10)
                && element.GetAttribute("src") is { } src && src.StartsWith("/media/" + id + "/", StringComparison.Ordinal);
        }

        if (element.HasAttribute("data-media-id") && element.LocalName != "img")
        {
            element.RemoveAttribute("data-media-id");
        }

        if (element.LocalName != "figure")
        {
            element.RemoveAttribute(BodyGallery.Attribute);
            element.RemoveAttribute("data-embed");
            element.RemoveAttribute("data-id");
            return true;
        }

        if (element.GetAttribute("data-embed") is not { } provider)
        {
            element.RemoveAttribute("data-id");
            return true;
        }

        element.RemoveAttribute(BodyGallery.Attribute);
        if (!BodyEmbeds.IsValid(provider, element.GetAttribute("data-id")))
        {
            return false;
        }

        // A placeholder carries its two attributes and nothing else; the public page renders its content.
        element.InnerHtml = "";
        return true;
    }

    private static bool IsDigits(string value, int maxLength) =>
        value.Length is > 0 and <= 10 && value.Length <= maxLength && value.All(char.IsAsciiDigit);
}
