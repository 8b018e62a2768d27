using Ganss.Xss;

namespace Dateline.Web.Infrastructure.Html;

/// <summary>
/// Cleans article body HTML once, when it is saved: the allow-list keeps what a story needs
/// (paragraphs, headings, lists, quotes, links, emphasis, tables, figures) and drops scripts, styles and event handlers.
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
                "caption", "abbr", "time", "span", "small", "mark", "bdi", "bdo",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "href", "title", "lang", "dir", "datetime", "colspan", "rowspan", "scope", "cite",
            },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto", "tel" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "cite" },
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
        };
        _sanitizer.AllowedAttributes.Add("rel");
    }

    public string Sanitize(string html) => _sanitizer.Sanitize(html ?? "").Trim();
}
