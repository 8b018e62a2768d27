using AngleSharp.Html.Parser;

namespace Dateline.Web.Infrastructure.Html;

/// <summary>
/// Embeds in story bodies. The editor stores a placeholder, <c>&lt;figure data-embed="youtube|x" data-id="…"&gt;</c>,
/// never the provider's script or iframe; the public page renders it as a plain link to the video or post, so a reader's
/// browser contacts YouTube or X only when the reader follows it (and the strict CSP needs no third-party origin).
/// </summary>
public static class BodyEmbeds
{
    public const string YouTube = "youtube";
    public const string X = "x";

    private static readonly HtmlParser Parser = new();

    public static bool IsValid(string? provider, string? id) => provider switch
    {
        YouTube => id is { Length: 11 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'),
        X => id is { Length: > 0 and <= 25 } && id.All(char.IsAsciiDigit),
        _ => false,
    };

    public static string Url(string provider, string id) => provider == YouTube
        ? "https://www.youtube.com/watch?v=" + id
        : "https://x.com/i/status/" + id;

    /// <summary>
    /// The body as readers see it: each placeholder becomes a labelled link. Bodies without embeds (most) are
    /// returned as they are, without parsing.
    /// </summary>
    public static string Render(string sanitizedHtml, string editionCode)
    {
        if (!sanitizedHtml.Contains("data-embed", StringComparison.Ordinal))
        {
            return sanitizedHtml;
        }

        var arabic = editionCode == "ar";
        var document = Parser.ParseDocument("<!DOCTYPE html><body></body>");
        var body = document.Body!;
        body.InnerHtml = sanitizedHtml;
        foreach (var figure in body.QuerySelectorAll("figure[data-embed]").ToList())
        {
            var provider = figure.GetAttribute("data-embed");
            var id = figure.GetAttribute("data-id");
            if (!IsValid(provider, id))
            {
                figure.Remove();
                continue;
            }

            figure.SetAttribute("class", "embed embed--" + provider);
            var link = document.CreateElement("a");
            link.SetAttribute("class", "embed__link");
            link.SetAttribute("href", Url(provider!, id!));
            link.SetAttribute("rel", "noopener noreferrer");
            link.TextContent = (provider, arabic) switch
            {
                (YouTube, false) => "Watch the video on YouTube",
                (YouTube, true) => "شاهد الفيديو على يوتيوب",
                (_, false) => "View the post on X",
                _ => "اعرض المنشور على إكس",
            };
            figure.InnerHtml = "";
            figure.AppendChild(link);
        }

        return body.InnerHtml;
    }
}
