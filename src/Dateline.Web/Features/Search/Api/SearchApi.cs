using Dateline.Web.Features.Editions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dateline.Web.Features.Search.Api;

/// <summary>
/// <c>GET /api/v1/search?q=…&amp;edition=en|ar</c> with optional <c>section</c> (slug), <c>period</c>
/// (day, week, month, year) and <c>page</c>. Not output-cached (see the feature's README) and rate-limited per client.
/// </summary>
public static class SearchApi
{
    public static RouteGroupBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/search").WithTags("Search");
        group.MapGet("/", Get)
            .WithName("SearchArticles")
            .WithSummary("Search the published stories of one edition.")
            .WithDescription("Words are all required; \"quoted phrases\" match in order; a leading - excludes. Arabic is matched across alef forms, tashkeel, teh marbuta and the definite article; English across word endings. When nothing matches exactly, similar spellings are searched and 'fuzzy' is true.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(SearchModule.RateLimitPolicy);
        return group;
    }

    internal static async Task<Results<Ok<SearchResponse>, ProblemHttpResult>> Get(
        ArticleSearch search,
        EditionCatalog editions,
        string? q,
        string? edition,
        string? section,
        string? period,
        string? page,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(edition) || await editions.FindAsync(edition, cancellationToken) is not { } found || found.Code != edition)
        {
            return BadRequest("'edition' must name an edition: 'en' or 'ar'.");
        }

        if (string.IsNullOrWhiteSpace(q))
        {
            return BadRequest("'q' is required: the words to search for.");
        }

        if (!SearchParameters.TryParsePeriod(period, out var searchPeriod))
        {
            return BadRequest("'period' must be one of: any, day, week, month, year.");
        }

        if (!SearchParameters.TryParsePage(page, out var pageNumber))
        {
            return BadRequest($"'page' must be a whole number from 1 to {SearchQuery.MaxPage}.");
        }

        var text = q.Length > SearchQuery.MaxLength ? q[..SearchQuery.MaxLength] : q;
        var results = search.Search(new SearchQuery(found.Code, text, NullIfEmpty(section), searchPeriod, pageNumber));
        return TypedResults.Ok(new SearchResponse(
            text,
            found.Code,
            pageNumber,
            results.Total,
            results.Fuzzy,
            [.. results.Hits.Select(h => new SearchResultItem(h.Id, h.Headline, h.Path, h.SnippetHtml, h.PublishedAt, h.SectionSlug))]));
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid search");
}
