using Dateline.Web.Features.Editions;
using Dateline.Web.Infrastructure.Caching;
using Dateline.Web.Infrastructure.Http;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.Sitemaps;

/// <summary>
/// <c>/robots.txt</c>, the sitemap index and the sitemaps it names. Output-cached like the pages and tagged with every
/// edition's list tag, which each publish evicts: an article sitemap names the story's translation in the other edition.
/// </summary>
internal static class SitemapEndpoints
{
    private const string XmlType = "application/xml; charset=utf-8";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/robots.txt", Robots).CacheOutput(PublicPagePolicy.Name).ExcludeFromDescription();
        app.MapGet(SitemapPaths.Index, IndexAsync).CacheOutput(PublicPagePolicy.Name).ExcludeFromDescription();
        app.MapGet("/sitemaps/{edition:length(2)}/pages.xml", PagesAsync).CacheOutput(PublicPagePolicy.Name).ExcludeFromDescription();
        app.MapGet("/sitemaps/{edition:length(2)}/topics.xml", TopicsAsync).CacheOutput(PublicPagePolicy.Name).ExcludeFromDescription();
        app.MapGet("/sitemaps/{edition:length(2)}/news.xml", NewsAsync).CacheOutput(PublicPagePolicy.Name).ExcludeFromDescription();
        app.MapGet("/sitemaps/{edition:length(2)}/articles/{year:int}/{month:int}.xml", ArticlesAsync).CacheOutput(PublicPagePolicy.Name).ExcludeFromDescription();
    }

    /// <summary>
    /// Everything public may be crawled; the newsroom and the APIs are not pages for a search index (the content API has
    /// its own consumers).
    /// </summary>
    private static IResult Robots(HttpContext context, PublicUrls urls) =>
        Results.Text(
            $"User-agent: *\nDisallow: /newsroom\nDisallow: /api/\nAllow: /\n\nSitemap: {urls.Absolute(context.Request, SitemapPaths.Index)}\n",
            "text/plain; charset=utf-8");

    private static async Task<IResult> IndexAsync(
        HttpContext context, EditionCatalog editions, SitemapContent content, PublicUrls urls, IOptions<SitemapOptions> options,
        CancellationToken cancellationToken)
    {
        var all = await editions.AllAsync(cancellationToken);
        await TagAsync(context, editions, cancellationToken);
        var perFile = options.Value.UrlsPerFile;
        var files = new List<(string Path, DateTime? LastModified)>();
        foreach (var edition in all)
        {
            var months = await content.MonthsAsync(edition.Code, cancellationToken);
            var newest = months.Count > 0 ? months.Max(m => m.LastModified) : (DateTime?)null;
            files.Add((SitemapPaths.Pages(edition.Code), newest));
            var topics = await content.TopicsAsync(edition.Code, cancellationToken);
            if (topics.Count > 0)
            {
                files.Add((SitemapPaths.Topics(edition.Code), topics.Max(t => t.LastModified)));
            }

            if (await content.HasNewsAsync(edition.Code, cancellationToken))
            {
                files.Add((SitemapPaths.News(edition.Code), newest));
            }
            foreach (var month in months)
            {
                for (var page = 1; (page - 1) * perFile < month.Count; page++)
                {
                    files.Add((SitemapPaths.Articles(edition.Code, month.Year, month.Month, page), month.LastModified));
                }
            }
        }

        var origin = urls.Origin(context.Request);
        return Results.Stream(async body =>
        {
            await using var writer = await SitemapWriter.StartAsync(body, origin, "sitemapindex");
            foreach (var (path, lastModified) in files)
            {
                await writer.SitemapAsync(path, lastModified);
            }
        }, XmlType);
    }

    private static async Task<IResult> PagesAsync(
        string edition, HttpContext context, EditionCatalog editions, SitemapContent content, PublicUrls urls, CancellationToken cancellationToken)
    {
        if (await editions.FindAsync(edition, cancellationToken) is not { } found || found.Code != edition)
        {
            return Results.NotFound();
        }

        await TagAsync(context, editions, cancellationToken);
        return UrlSet(context, urls, await content.PagesAsync(found, cancellationToken));
    }

    private static async Task<IResult> TopicsAsync(
        string edition, HttpContext context, EditionCatalog editions, SitemapContent content, PublicUrls urls, CancellationToken cancellationToken)
    {
        if (await editions.FindAsync(edition, cancellationToken) is not { } found || found.Code != edition)
        {
            return Results.NotFound();
        }

        await TagAsync(context, editions, cancellationToken);
        return UrlSet(context, urls, await content.TopicsAsync(found.Code, cancellationToken));
    }

    /// <summary>
    /// Google News: the edition's stories of the last 48 hours. With none there is no valid sitemap to give (a
    /// <c>urlset</c> needs a <c>url</c>), so the index leaves it out and the address answers 404 until the next story.
    /// </summary>
    private static async Task<IResult> NewsAsync(
        string edition, HttpContext context, EditionCatalog editions, SitemapContent content, PublicUrls urls, CancellationToken cancellationToken)
    {
        if (await editions.FindAsync(edition, cancellationToken) is not { } found || found.Code != edition)
        {
            return Results.NotFound();
        }

        await TagAsync(context, editions, cancellationToken);
        var news = await content.NewsAsync(found.Code, cancellationToken);
        if (news.Count == 0)
        {
            return Results.NotFound();
        }

        var origin = urls.Origin(context.Request);
        return Results.Stream(async body =>
        {
            await using var writer = await SitemapWriter.StartAsync(body, origin, "urlset");
            foreach (var entry in news)
            {
                await writer.NewsAsync(entry, found.SiteName, found.Code);
            }
        }, XmlType);
    }

    private static async Task<IResult> ArticlesAsync(
        string edition, int year, int month, int? page, HttpContext context, EditionCatalog editions, SitemapContent content,
        PublicUrls urls, IOptions<SitemapOptions> options, CancellationToken cancellationToken)
    {
        if (await editions.FindAsync(edition, cancellationToken) is not { } found || found.Code != edition)
        {
            return Results.NotFound();
        }

        var number = page ?? 1;
        var perFile = options.Value.UrlsPerFile;
        var months = await content.MonthsAsync(found.Code, cancellationToken);
        if (months.FirstOrDefault(m => m.Year == year && m.Month == month) is not { } known || number < 1 || (long)(number - 1) * perFile >= known.Count)
        {
            return Results.NotFound();
        }

        await TagAsync(context, editions, cancellationToken);
        var origin = urls.Origin(context.Request);
        return Results.Stream(async body =>
        {
            await using var writer = await SitemapWriter.StartAsync(body, origin, "urlset");
            await foreach (var entry in content.ArticlesAsync(found.Code, year, month, (number - 1) * perFile, perFile, context.RequestAborted))
            {
                await writer.UrlAsync(entry);
            }
        }, XmlType);
    }

    private static IResult UrlSet(HttpContext context, PublicUrls urls, IReadOnlyList<SitemapEntry> entries)
    {
        var origin = urls.Origin(context.Request);
        return Results.Stream(async body =>
        {
            await using var writer = await SitemapWriter.StartAsync(body, origin, "urlset");
            foreach (var entry in entries)
            {
                await writer.UrlAsync(entry);
            }
        }, XmlType);
    }

    private static async Task TagAsync(HttpContext context, EditionCatalog editions, CancellationToken cancellationToken)
    {
        foreach (var edition in await editions.AllAsync(cancellationToken))
        {
            context.TagOutputCache(CacheTags.EditionLists(edition.Code));
        }
    }
}
