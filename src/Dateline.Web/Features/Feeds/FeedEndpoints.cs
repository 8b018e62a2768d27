using System.Text;
using System.Xml;
using Dateline.Web.Features.Editions;
using Dateline.Web.Infrastructure.Caching;
using Dateline.Web.Infrastructure.Http;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.Feeds;

/// <summary>
/// <c>GET {list}/rss.xml</c> and <c>{list}/atom.xml</c> for an edition's home, sections, topics and authors. Output-cached
/// like the pages, under the edition's list tag that every publish evicts; conditional GET answers 304.
/// </summary>
internal static class FeedEndpoints
{
    private static readonly (string Template, FeedList List)[] Lists =
    [
        ("/{edition:length(2)}", FeedList.Home),
        ("/{edition:length(2)}/section/{slug}", FeedList.Section),
        ("/{edition:length(2)}/topic/{slug}", FeedList.Topic),
        ("/{edition:length(2)}/author/{slug}", FeedList.Author),
    ];

    public static void Map(IEndpointRouteBuilder app)
    {
        foreach (var (template, list) in Lists)
        {
            foreach (var format in FeedFormat.All)
            {
                app.MapGet(FeedPaths.For(template, format), (string edition, string? slug, HttpContext context, EditionCatalog editions,
                        FeedContent content, PublicUrls urls, IOptions<FeedOptions> options, CancellationToken cancellationToken) =>
                        HandleAsync(list, format, edition, slug, context, editions, content, urls, options.Value, cancellationToken))
                    .CacheOutput(PublicPagePolicy.Name)
                    .ExcludeFromDescription();
            }
        }
    }

    private static async Task<IResult> HandleAsync(
        FeedList list, FeedFormat format, string edition, string? slug, HttpContext context, EditionCatalog editions,
        FeedContent content, PublicUrls urls, FeedOptions options, CancellationToken cancellationToken)
    {
        if (await editions.FindAsync(edition, cancellationToken) is not { } found || found.Code != edition)
        {
            return Results.NotFound();
        }

        if (await content.SourceAsync(found, list, slug, cancellationToken) is not { } source)
        {
            return Results.NotFound();
        }

        context.TagOutputCache(CacheTags.EditionLists(found.Code), source.CacheTag);
        var items = await content.ItemsAsync(source, options.ItemCount, cancellationToken);
        var origin = urls.Origin(context.Request);
        var updated = items.Count > 0 ? items.Max(i => i.UpdatedAt) : DateTime.UnixEpoch;
        var etag = FeedVersion.ETag(format, source.Channel, items, origin, options.FullText);

        // Results.Stream answers If-None-Match and If-Modified-Since with 304 before calling the writer.
        return Results.Stream(
            async body =>
            {
                var settings = new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = false };
                await using var xml = XmlWriter.Create(body, settings);
                if (format == FeedFormat.Rss)
                {
                    await RssFeedWriter.WriteAsync(xml, source.Channel, items, origin, options.FullText, updated);
                }
                else
                {
                    await AtomFeedWriter.WriteAsync(xml, source.Channel, items, origin, options.FullText, updated);
                }

                await xml.FlushAsync();
            },
            contentType: format.MediaType + "; charset=utf-8",
            lastModified: new DateTimeOffset(DateTime.SpecifyKind(updated, DateTimeKind.Utc)),
            entityTag: etag);
    }
}
