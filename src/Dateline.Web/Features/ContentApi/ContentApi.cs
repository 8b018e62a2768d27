using System.ComponentModel;
using Dateline.Web.Features.ContentApi.ApiKeys;
using Dateline.Web.Features.ContentApi.Ninjs;
using Dateline.Web.Features.Editions;
using Dateline.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Dateline.Web.Features.ContentApi;

/// <summary>
/// <c>/api/v1/content</c>: the read-only content API for partners and apps. Published content only; an API key in
/// <c>X-Api-Key</c> (optional unless anonymous access is turned off); ETags and Cache-Control for a CDN in front.
/// </summary>
public static class ContentApi
{
    public const string Prefix = "/api/v1/content";

    public static RouteGroupBuilder MapContentEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Prefix)
            .WithTags("Content")
            .WithMetadata(ApiKeyRequirement.Instance)
            .RequireRateLimiting(ContentApiRateLimitPolicy.Name)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapGet("/articles", ListArticlesAsync)
            .WithName("ListContentArticles")
            .WithSummary("Published articles, newest first.")
            .WithDescription("Filter by edition, section, topic or author (each an id or a slug) and by updatedSince. "
                + "Pages are keyset cursors: pass meta.pagination.next as after, or follow meta.pagination.nextUrl.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/articles/{id:int}", GetArticleAsync)
            .WithName("GetContentArticle")
            .WithSummary("One published article.")
            .WithDescription("Send Accept: application/ninjs+json to receive it as an IPTC ninjs 3.1 news item instead.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/articles/{id:int}/ninjs", GetNinjsAsync)
            .WithName("GetContentArticleNinjs")
            .WithSummary("One published article as an IPTC ninjs 3.1 news item.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/sections", ListSectionsAsync)
            .WithName("ListContentSections")
            .WithSummary("Sections of every edition, or of one.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/topics", ListTopicsAsync)
            .WithName("ListContentTopics")
            .WithSummary("Topics by ascending id.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/authors", ListAuthorsAsync)
            .WithName("ListContentAuthors")
            .WithSummary("Authors by ascending id.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return group;
    }

    internal static async Task<Results<ContentJson<ContentList<ContentArticleSummary>>, ProblemHttpResult>> ListArticlesAsync(
        HttpContext context,
        ContentQueries queries,
        [Description("Edition code: en or ar.")] string? edition,
        [Description("Section id or slug.")] string? section,
        [Description("Topic id or slug.")] string? topic,
        [Description("Author id or slug.")] string? author,
        [Description("Only articles published, updated or changed at or after this ISO 8601 time.")] string? updatedSince,
        [Description("Cursor from meta.pagination.next.")] string? after,
        [Description("Page size, 1 to 50 (default 20).")] string? limit,
        CancellationToken cancellationToken)
    {
        if (!ArticleFilter.TryParse(edition, section, topic, author, updatedSince, after, limit, out var filter, out var error))
        {
            return BadRequest(error);
        }

        if (filter.Edition is { } code)
        {
            if (!await queries.IsEditionAsync(code, cancellationToken))
            {
                return BadRequest($"There is no edition '{code}'.");
            }

            filter = filter with { Edition = code.ToLowerInvariant() };
        }

        var links = ContentLinks.For(context);
        var (items, next) = await queries.ArticlesAsync(filter, links, cancellationToken);
        var tags = filter.Edition is { } one
            ? [CacheTags.Site, CacheTags.EditionLists(one)]
            : new List<string> { CacheTags.Site }.Concat((await AllEditionsAsync(context, cancellationToken)).Select(CacheTags.EditionLists)).ToArray();
        return new ContentJson<ContentList<ContentArticleSummary>>(
            new(items, new(new(filter.Limit, next?.ToString(), next is { } n ? NextUrl(context, links, n.ToString()) : null))),
            tags);
    }

    internal static async Task<Results<ContentJson<ContentArticle>, NinjsJson, ProblemHttpResult>> GetArticleAsync(
        int id, HttpContext context, ContentQueries queries, EditionCatalog editions, CancellationToken cancellationToken)
    {
        var links = ContentLinks.For(context);
        if (await queries.ArticleAsync(id, links, cancellationToken) is not { } article)
        {
            return NotFound(id);
        }

        string[] tags = [CacheTags.Site, CacheTags.Article(id)];
        return WantsNinjs(context.Request)
            ? await NinjsAsync(article, context, links, editions, tags, cancellationToken)
            : new ContentJson<ContentArticle>(article, tags);
    }

    internal static async Task<Results<NinjsJson, ProblemHttpResult>> GetNinjsAsync(
        int id, HttpContext context, ContentQueries queries, EditionCatalog editions, CancellationToken cancellationToken)
    {
        var links = ContentLinks.For(context);
        return await queries.ArticleAsync(id, links, cancellationToken) is { } article
            ? await NinjsAsync(article, context, links, editions, [CacheTags.Site, CacheTags.Article(id)], cancellationToken)
            : NotFound(id);
    }

    internal static async Task<Results<ContentJson<ContentList<ContentSection>>, ProblemHttpResult>> ListSectionsAsync(
        HttpContext context, ContentQueries queries, [Description("Edition code: en or ar.")] string? edition, CancellationToken cancellationToken)
    {
        if (edition is not null && !await queries.IsEditionAsync(edition, cancellationToken))
        {
            return BadRequest($"There is no edition '{edition}'.");
        }

        var sections = await queries.SectionsAsync(edition?.ToLowerInvariant(), ContentLinks.For(context), cancellationToken);
        return new ContentJson<ContentList<ContentSection>>(new(sections, new(new(sections.Count, null, null))), [CacheTags.Site]);
    }

    internal static async Task<Results<ContentJson<ContentList<ContentTopic>>, ProblemHttpResult>> ListTopicsAsync(
        HttpContext context,
        ContentQueries queries,
        [Description("Edition code: en or ar.")] string? edition,
        [Description("Cursor from meta.pagination.next (the last id seen).")] string? after,
        [Description("Page size, 1 to 200 (default 100).")] string? limit,
        CancellationToken cancellationToken)
    {
        if (edition is not null && !await queries.IsEditionAsync(edition, cancellationToken))
        {
            return BadRequest($"There is no edition '{edition}'.");
        }

        if (!TryParsePage(after, limit, out var afterId, out var size, out var error))
        {
            return BadRequest(error);
        }

        var links = ContentLinks.For(context);
        var topics = await queries.TopicsAsync(edition?.ToLowerInvariant(), afterId, size + 1, links, cancellationToken);
        return new ContentJson<ContentList<ContentTopic>>(Page(context, links, topics, size, t => t.Id), [CacheTags.Site]);
    }

    internal static async Task<Results<ContentJson<ContentList<ContentAuthor>>, ProblemHttpResult>> ListAuthorsAsync(
        HttpContext context,
        ContentQueries queries,
        [Description("Cursor from meta.pagination.next (the last id seen).")] string? after,
        [Description("Page size, 1 to 200 (default 100).")] string? limit,
        CancellationToken cancellationToken)
    {
        if (!TryParsePage(after, limit, out var afterId, out var size, out var error))
        {
            return BadRequest(error);
        }

        var authors = await queries.AuthorsAsync(afterId, size + 1, cancellationToken);
        return new ContentJson<ContentList<ContentAuthor>>(Page(context, ContentLinks.For(context), authors, size, a => a.Id), [CacheTags.Site]);
    }

    private static async Task<NinjsJson> NinjsAsync(
        ContentArticle article, HttpContext context, ContentLinks links, EditionCatalog editions, string[] tags, CancellationToken cancellationToken)
    {
        var siteName = (await editions.FindAsync(article.Edition, cancellationToken))?.SiteName ?? "Dateline";
        var itemUri = links.Absolute($"{Prefix}/articles/{ContentQueries.Invariant(article.Id)}");
        return new NinjsJson(NinjsItem.From(article, itemUri, siteName, links.Absolute("/" + article.Edition)), tags);
    }

    /// <summary>ninjs when the client names it with a non-zero quality; plain JSON otherwise (including */*).</summary>
    private static bool WantsNinjs(HttpRequest request) =>
        MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)
        && accepted.Any(a => a.MediaType.Equals(NinjsItem.MediaType, StringComparison.OrdinalIgnoreCase) && (a.Quality ?? 1) > 0);

    private static ContentList<T> Page<T>(HttpContext context, ContentLinks links, IReadOnlyList<T> rows, int size, Func<T, int> id)
    {
        if (rows.Count <= size)
        {
            return new(rows, new(new(size, null, null)));
        }

        var page = rows.Take(size).ToList();
        var next = ContentQueries.Invariant(id(page[^1]));
        return new(page, new(new(size, next, NextUrl(context, links, next))));
    }

    private static bool TryParsePage(string? after, string? limit, out int afterId, out int size, out string error)
    {
        afterId = 0;
        size = 0;
        if (after is not null && ArticleFilter.AsId(after) is not { } parsed)
        {
            error = $"after '{after}' is not a cursor this API returned (meta.pagination.next).";
            return false;
        }
        else
        {
            afterId = ArticleFilter.AsId(after) ?? 0;
        }

        return ArticleFilter.TryParseLimit(limit, 100, 200, out size, out error);
    }

    private static string NextUrl(HttpContext context, ContentLinks links, string next)
    {
        var query = context.Request.Query
            .Where(q => !string.Equals(q.Key, "after", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new("after", next));
        return links.Absolute(QueryHelpers.AddQueryString(context.Request.Path, query));
    }

    private static async Task<IEnumerable<string>> AllEditionsAsync(HttpContext context, CancellationToken cancellationToken) =>
        (await context.RequestServices.GetRequiredService<EditionCatalog>().AllAsync(cancellationToken)).Select(e => e.Code);

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid request");

    private static ProblemHttpResult NotFound(int id) =>
        TypedResults.Problem(detail: $"There is no published article {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
