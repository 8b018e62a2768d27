using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Dateline.Web.Features.Newsroom.Desk;

/// <summary>
/// A stored body as the lines an editor compares: one line per paragraph, heading, list item, caption or cell, and a
/// marker for each image and embed. Markup inside a block (bold, a link) is not compared: the words are.
/// </summary>
public static partial class BodyText
{
    private const string Blocks = "p, h2, h3, h4, li, blockquote, figcaption, caption, th, td, img, [data-embed]";

    public static string Of(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        var parser = new HtmlParser();
        var document = parser.ParseDocument("<body></body>");
        var body = document.Body!;
        foreach (var node in parser.ParseFragment(html, body).ToList())
        {
            body.AppendChild(node);
        }

        var lines = new List<string>();
        foreach (var element in body.QuerySelectorAll(Blocks))
        {
            if (element.LocalName == "img")
            {
                lines.Add($"[image {element.GetAttribute("data-media-id")}: {element.GetAttribute("alt")}]");
            }
            else if (element.HasAttribute("data-embed"))
            {
                lines.Add($"[{element.GetAttribute("data-embed")} {element.GetAttribute("data-id")}]");
            }
            else if (element.QuerySelector(Blocks) is null && Collapse(element.TextContent) is { Length: > 0 } text)
            {
                lines.Add(text);
            }
        }

        return lines.Count > 0 ? string.Join('\n', lines) : Collapse(body.TextContent);
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
