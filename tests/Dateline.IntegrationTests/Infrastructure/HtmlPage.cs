using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Dateline.IntegrationTests.Infrastructure;

public static class HtmlPage
{
    private static readonly HtmlParser Parser = new();

    public static async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        return (response, await Parser.ParseDocumentAsync(html));
    }

    public static string? TestId(this IHtmlDocument document, string id) =>
        document.QuerySelector($"[data-testid='{id}']")?.TextContent.Trim();
}
