using System.Net;
using System.Text;

namespace Dateline.Web.Features.Search;

/// <summary>Text of sanitized body HTML, for indexing and snippets: tags dropped, block ends kept as spaces.</summary>
public static class PlainText
{
    public static string FromHtml(string html)
    {
        var text = new StringBuilder(html.Length);
        var inTag = false;
        var space = false;
        foreach (var c in html)
        {
            if (c == '<')
            {
                inTag = true;
                space = true;
            }
            else if (c == '>')
            {
                inTag = false;
            }
            else if (!inTag)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = true;
                    continue;
                }

                if (space && text.Length > 0)
                {
                    text.Append(' ');
                }

                space = false;
                text.Append(c);
            }
        }

        return WebUtility.HtmlDecode(text.ToString());
    }
}
