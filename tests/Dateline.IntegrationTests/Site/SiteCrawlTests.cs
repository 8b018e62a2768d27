using Dateline.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Dateline.IntegrationTests.Site;

/// <summary>
/// Walks the demo site from both home pages the way a browser loads it and fails, listing every offender with the page
/// that linked it, on: error responses; stylesheets, scripts or images a browser would refuse (wrong or missing
/// Content-Type — the site sends nosniff — or an empty body); text sent uncompressed; media without long-lived cache
/// headers; public pages the output cache does not serve; anything loaded from another site.
/// </summary>
public sealed class SiteCrawlTests(DemoSiteFactory factory, ITestOutputHelper output) : IClassFixture<DemoSiteFactory>
{
    private const int MaxUrls = 4000;

    [Fact]
    public async Task Every_address_reachable_from_both_home_pages_answers_as_a_browser_needs()
    {
        var client = factory.CreateDefaultClient(new BrowserLikeEncoding());
        var crawl = new SiteCrawl(client, MaxUrls);
        await crawl.RunAsync("/en", "/ar");
        var pages = crawl.Visited.Where(u => u.Status == 200 && u.MediaType == "text/html").ToList();
        output.WriteLine($"Crawled {crawl.Visited.Count} addresses, {pages.Count} of them HTML pages.");

        var problems = new List<string>();
        foreach (var url in crawl.Visited)
        {
            if (url.Status >= 400)
            {
                problems.Add($"{url}");
            }
            else if (Refused(url) is { } why)
            {
                problems.Add($"{url}: {why}");
            }
        }

        // Second visits: every page that does not declare itself private must now come from the output cache.
        var publicPages = pages.Where(p => !p.CacheControl.Contains("private", StringComparison.Ordinal) && !p.CacheControl.Contains("no-store", StringComparison.Ordinal)).ToList();
        output.WriteLine($"{publicPages.Count} public pages checked for the output cache.");
        foreach (var page in publicPages)
        {
            using var again = await client.GetAsync(page.Path);
            if (again.Headers.Age is null)
            {
                problems.Add($"{page}: not served from the output cache on a second request");
            }
        }

        Assert.True(pages.Count >= 2, $"Only {pages.Count} HTML pages were reached.");
        Assert.True(crawl.Found <= MaxUrls, $"The crawl found {crawl.Found} addresses, more than {MaxUrls}; raise the bound or look for a link loop.");
        Assert.True(problems.Count == 0, $"{problems.Count} problems in {crawl.Visited.Count} addresses:\n" + string.Join("\n", problems));
        Assert.True(crawl.ThirdParty.Count == 0, "Pages load from other sites:\n" + string.Join("\n", crawl.ThirdParty));
        Assert.True(factory.Warnings.IsEmpty, "The app logged warnings during the crawl:\n" + string.Join("\n", factory.Warnings));
    }

    private static string? Refused(CrawledUrl url)
    {
        if (url.Length == 0 && url.Status == 200)
        {
            return "empty body";
        }

        var expected = url.LinkedAs switch
        {
            LinkKind.Stylesheet => url.MediaType == "text/css",
            LinkKind.Script => url.MediaType is "text/javascript" or "application/javascript",
            LinkKind.Image => url.MediaType?.StartsWith("image/", StringComparison.Ordinal) == true,
            _ => true,
        };
        if (!expected)
        {
            return $"served as '{url.MediaType}' where {url.LinkedAs.ToString().ToLowerInvariant()} was expected";
        }

        var isText = url.MediaType is "text/html" or "text/css" or "text/javascript" or "application/javascript" or "image/svg+xml";
        if (isText && url.Length > 1024 && !url.Compressed)
        {
            return $"{url.MediaType} of {url.Length} bytes sent uncompressed";
        }

        // The reader's download is gated by the asset's rights, which an editor may withdraw at any moment: it must be
        // an attachment that caches revalidate every time (no-cache with a validator, so an unchanged copy costs a 304).
        if (url.Path.StartsWith("/media/", StringComparison.Ordinal) && url.Path.Contains("/download/", StringComparison.Ordinal))
        {
            if (url.Status == 200 && (!url.IsAttachment || !url.CacheControl.Contains("no-cache", StringComparison.Ordinal) || !url.HasValidator))
            {
                return $"download served with Cache-Control '{url.CacheControl}', validator {url.HasValidator}, attachment {url.IsAttachment}";
            }

            return null;
        }

        // Renditions and originals never change at an address, so browsers may keep them for a year.
        if (url.Path.StartsWith("/media/", StringComparison.Ordinal) && url.Status == 200
            && !url.CacheControl.Contains("max-age=31536000", StringComparison.Ordinal))
        {
            return $"media served with Cache-Control '{url.CacheControl}'";
        }

        return null;
    }
}
