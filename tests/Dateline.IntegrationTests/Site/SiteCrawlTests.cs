using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Dateline.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Dateline.IntegrationTests.Site;

/// <summary>
/// Follows every same-site link, image, stylesheet and script reachable from both home pages, asking for compressed
/// responses as browsers do, and fails on any error response, any subresource a browser would refuse (wrong or
/// missing Content-Type, empty body), or any third-party request a page would make.
/// </summary>
public sealed class SiteCrawlTests(DemoSiteFactory factory, ITestOutputHelper output) : IClassFixture<DemoSiteFactory>
{
    private const int MaxUrls = 2000;

    [Fact]
    public async Task Every_link_reachable_from_both_home_pages_answers_without_error()
    {
        var client = factory.CreateDefaultClient(new BrowserLikeEncoding());
        var site = client.BaseAddress!;
        var parser = new HtmlParser();
        var referrers = new Dictionary<string, string> { ["/en"] = "(start)", ["/ar"] = "(start)" };
        var kinds = new Dictionary<string, Kind>();
        var queue = new Queue<string>(referrers.Keys);
        var failures = new List<string>();
        var thirdParty = new SortedSet<string>(StringComparer.Ordinal);
        var pages = 0;

        while (queue.Count > 0)
        {
            var path = queue.Dequeue();
            using var response = await client.GetAsync(path);
            if ((int)response.StatusCode >= 400)
            {
                failures.Add($"{(int)response.StatusCode} {path} (linked from {referrers[path]})");
                continue;
            }

            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (kinds.TryGetValue(path, out var kind) && Refused(kind, mediaType, response.Content.Headers.ContentLength ?? (await response.Content.ReadAsByteArrayAsync()).Length) is { } why)
            {
                failures.Add($"{(int)response.StatusCode} {path} (linked from {referrers[path]}): {why}");
            }

            if (IsText(mediaType) && (await response.Content.ReadAsByteArrayAsync()).Length > 1024
                && !response.Content.Headers.Contains(BrowserLikeEncoding.DecodedHeader))
            {
                failures.Add($"{(int)response.StatusCode} {path} (linked from {referrers[path]}): {mediaType} sent uncompressed");
            }

            var found = new List<(string Url, Kind Kind)>();
            if (mediaType == "text/html")
            {
                pages++;
                using var document = parser.ParseDocument(await response.Content.ReadAsStringAsync());
                found.AddRange(Links(document));
            }
            else if (mediaType == "text/css")
            {
                var css = await response.Content.ReadAsStringAsync();
                found.AddRange(CssUrls(css).Select(u => (u, Kind.Any)));
            }

            foreach (var (raw, linkKind) in found)
            {
                if (!Uri.TryCreate(new Uri(site, path), raw.Trim(), out var target) || target.Scheme is not ("http" or "https"))
                {
                    continue;
                }

                if (target.Authority != site.Authority)
                {
                    if (linkKind != Kind.Page)
                    {
                        thirdParty.Add($"{target} (on {path})");
                    }

                    continue;
                }

                var next = target.PathAndQuery;
                if (linkKind is not (Kind.Page or Kind.Any))
                {
                    kinds.TryAdd(next, linkKind);
                }

                if (referrers.TryAdd(next, path) && referrers.Count <= MaxUrls)
                {
                    queue.Enqueue(next);
                }
            }
        }

        output.WriteLine($"Crawled {referrers.Count} URLs, {pages} of them HTML pages.");
        Assert.True(pages >= 2, $"Only {pages} HTML pages were reached.");
        Assert.True(referrers.Count <= MaxUrls, $"The crawl found more than {MaxUrls} URLs; raise the bound or look for a link loop.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {referrers.Count} URLs failed:\n" + string.Join("\n", failures));
        Assert.True(thirdParty.Count == 0, "Pages load from other sites:\n" + string.Join("\n", thirdParty));
        Assert.True(factory.Warnings.IsEmpty, "The app logged warnings during the crawl:\n" + string.Join("\n", factory.Warnings));
    }

    private static IEnumerable<(string Url, Kind Kind)> Links(IHtmlDocument document)
    {
        foreach (var a in document.QuerySelectorAll("a[href]"))
        {
            yield return (a.GetAttribute("href")!, Kind.Page);
        }

        foreach (var link in document.QuerySelectorAll("link[href]"))
        {
            var rel = link.GetAttribute("rel") ?? "";
            var kind = rel.Contains("stylesheet", StringComparison.OrdinalIgnoreCase) ? Kind.Stylesheet
                : rel.Contains("icon", StringComparison.OrdinalIgnoreCase) ? Kind.Image
                : rel.Contains("preload", StringComparison.OrdinalIgnoreCase) || rel.Contains("manifest", StringComparison.OrdinalIgnoreCase) ? Kind.Any
                : Kind.Page;
            yield return (link.GetAttribute("href")!, kind);
        }

        foreach (var script in document.QuerySelectorAll("script[src]"))
        {
            yield return (script.GetAttribute("src")!, Kind.Script);
        }

        foreach (var element in document.QuerySelectorAll("img[src], source[src], video[src], audio[src], iframe[src]"))
        {
            yield return (element.GetAttribute("src")!, element.LocalName == "img" ? Kind.Image : Kind.Any);
        }

        foreach (var element in document.QuerySelectorAll("img[srcset], source[srcset]"))
        {
            foreach (var candidate in SrcsetUrls(element.GetAttribute("srcset")!))
            {
                yield return (candidate, Kind.Image);
            }
        }
    }

    private static bool IsText(string? mediaType) =>
        mediaType is "text/html" or "text/css" or "text/javascript" or "application/javascript" or "image/svg+xml";

    // What a browser does with a subresource it was given: strict MIME checking for styles and scripts (the site
    // sends nosniff), nothing to show for an empty body.
    private static string? Refused(Kind kind, string? mediaType, long length)
    {
        if (length == 0)
        {
            return "empty body";
        }

        var ok = kind switch
        {
            Kind.Stylesheet => mediaType == "text/css",
            Kind.Script => mediaType is "text/javascript" or "application/javascript",
            Kind.Image => mediaType?.StartsWith("image/", StringComparison.Ordinal) == true,
            _ => true,
        };
        return ok ? null : $"served as '{mediaType}' where a {kind.ToString().ToLowerInvariant()} was expected";
    }

    // "a.webp 320w, b.webp 640w": each candidate is a URL followed by an optional descriptor.
    private static IEnumerable<string> SrcsetUrls(string srcset) =>
        srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(candidate => candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]);

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

    private enum Kind
    {
        Page,
        Stylesheet,
        Script,
        Image,
        Any,
    }
}
