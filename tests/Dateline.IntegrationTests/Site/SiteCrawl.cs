using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Dateline.IntegrationTests.Infrastructure;

namespace Dateline.IntegrationTests.Site;

/// <summary>
/// Breadth-first walk of a site from its start pages, as a browser would load it: every same-site link, stylesheet,
/// script, image and srcset candidate, and the url()s inside stylesheets, asking for Brotli/gzip. Records what each
/// address answered; judging the answers is the caller's business.
/// </summary>
public sealed class SiteCrawl(HttpClient client, int maxUrls)
{
    private readonly HtmlParser _parser = new();

    public List<CrawledUrl> Visited { get; } = [];

    /// <summary>Subresources (not links) that pages load from other sites.</summary>
    public SortedSet<string> ThirdParty { get; } = new(StringComparer.Ordinal);

    /// <summary>How many distinct same-site addresses were found, including any beyond the bound.</summary>
    public int Found { get; private set; }

    public async Task RunAsync(params string[] starts)
    {
        var site = client.BaseAddress!;
        var seen = starts.ToDictionary(s => s, s => ("(start)", LinkKind.Page));
        var queue = new Queue<string>(starts);
        while (queue.Count > 0)
        {
            var path = queue.Dequeue();
            var (referrer, kind) = seen[path];
            using var response = await client.GetAsync(path);
            var body = await response.Content.ReadAsByteArrayAsync();
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            Visited.Add(new CrawledUrl(
                path, referrer, kind, (int)response.StatusCode, mediaType, body.Length,
                response.Content.Headers.Contains(BrowserLikeEncoding.DecodedHeader),
                response.Headers.CacheControl?.ToString() ?? "",
                response.Headers.ETag is not null || response.Content.Headers.LastModified is not null,
                response.Content.Headers.ContentDisposition?.DispositionType == "attachment"));
            if (!response.IsSuccessStatusCode)
            {
                continue;
            }

            var found = mediaType switch
            {
                "text/html" => Links(_parser.ParseDocument(await response.Content.ReadAsStringAsync())).ToList(),
                "text/css" => CssUrls(await response.Content.ReadAsStringAsync()).Select(u => (u, LinkKind.Any)).ToList(),
                _ => [],
            };
            foreach (var (raw, linkKind) in found)
            {
                if (!Uri.TryCreate(new Uri(site, path), raw.Trim(), out var target) || target.Scheme is not ("http" or "https"))
                {
                    continue;
                }

                if (target.Authority != site.Authority)
                {
                    if (linkKind != LinkKind.Page)
                    {
                        ThirdParty.Add($"{target} (on {path})");
                    }

                    continue;
                }

                if (seen.TryAdd(target.PathAndQuery, (path, linkKind)) && seen.Count <= maxUrls)
                {
                    queue.Enqueue(target.PathAndQuery);
                }
            }
        }

        Found = seen.Count;
    }

    private static IEnumerable<(string Url, LinkKind Kind)> Links(IHtmlDocument document)
    {
        foreach (var a in document.QuerySelectorAll("a[href]"))
        {
            yield return (a.GetAttribute("href")!, LinkKind.Page);
        }

        foreach (var link in document.QuerySelectorAll("link[href]"))
        {
            var rel = link.GetAttribute("rel") ?? "";
            var kind = rel.Contains("stylesheet", StringComparison.OrdinalIgnoreCase) ? LinkKind.Stylesheet
                : rel.Contains("icon", StringComparison.OrdinalIgnoreCase) ? LinkKind.Image
                : rel.Contains("preload", StringComparison.OrdinalIgnoreCase) || rel.Contains("manifest", StringComparison.OrdinalIgnoreCase) ? LinkKind.Any
                : LinkKind.Page;
            yield return (link.GetAttribute("href")!, kind);
        }

        foreach (var script in document.QuerySelectorAll("script[src]"))
        {
            yield return (script.GetAttribute("src")!, LinkKind.Script);
        }

        foreach (var element in document.QuerySelectorAll("img[src], source[src], video[src], audio[src], iframe[src]"))
        {
            yield return (element.GetAttribute("src")!, element.LocalName == "img" ? LinkKind.Image : LinkKind.Any);
        }

        // Social cards: preview crawlers fetch the image and the canonical address.
        foreach (var meta in document.QuerySelectorAll("meta[property='og:image'], meta[property='og:url'], meta[property='article:author']"))
        {
            yield return (meta.GetAttribute("content")!, meta.GetAttribute("property") == "og:image" ? LinkKind.Image : LinkKind.Page);
        }

        // Structured data: the pages and logos it names (not its article images, which the og:image crop stands for).
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            using var data = System.Text.Json.JsonDocument.Parse(script.TextContent);
            foreach (var link in JsonLdLinks(data.RootElement))
            {
                yield return link;
            }
        }

        foreach (var element in document.QuerySelectorAll("img[srcset], source[srcset]"))
        {
            // "a.webp 320w, b.webp 640w": each candidate is a URL followed by an optional descriptor.
            foreach (var candidate in element.GetAttribute("srcset")!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return (candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], LinkKind.Image);
            }
        }
    }

    private static IEnumerable<(string Url, LinkKind Kind)> JsonLdLinks(System.Text.Json.JsonElement node)
    {
        if (node.ValueKind == System.Text.Json.JsonValueKind.Array)
        {
            foreach (var link in node.EnumerateArray().SelectMany(JsonLdLinks))
            {
                yield return link;
            }
        }
        else if (node.ValueKind == System.Text.Json.JsonValueKind.Object)
        {
            var isImage = node.TryGetProperty("@type", out var type) && type.GetString() == "ImageObject";
            foreach (var property in node.EnumerateObject())
            {
                if (property.Name is "url" or "item" && property.Value.ValueKind == System.Text.Json.JsonValueKind.String)
                {
                    yield return (property.Value.GetString()!, isImage ? LinkKind.Image : LinkKind.Page);
                }
                else if (property.Name != "image")
                {
                    foreach (var link in JsonLdLinks(property.Value))
                    {
                        yield return link;
                    }
                }
            }
        }
    }

    private static IEnumerable<string> CssUrls(string css)
    {
        var at = 0;
        while ((at = css.IndexOf("url(", at, StringComparison.Ordinal)) >= 0)
        {
            var end = css.IndexOf(')', at);
            if (end < 0)
            {
                yield break;
            }

            var url = css[(at + 4)..end].Trim().Trim('"', '\'');
            at = end;
            if (!url.StartsWith("data:", StringComparison.Ordinal) && !url.StartsWith('#'))
            {
                yield return url;
            }
        }
    }
}
