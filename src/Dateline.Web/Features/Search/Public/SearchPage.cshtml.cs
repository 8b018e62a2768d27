using Dateline.Web.Features.Editions;
using Dateline.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Dateline.Web.Features.Search.Public;

/// <summary>
/// <c>/{edition}/search?q=…&amp;section=…&amp;period=…&amp;page=…</c>. Not output-cached: queries are a long tail that
/// would rarely be served twice, and each would take a cache entry (and could push out the article pages that are).
/// </summary>
[EnableRateLimiting(SearchModule.RateLimitPolicy)]
public sealed class SearchPageModel(EditionCatalog editions, ArticleSearch search, ReaderClock clock) : PublicPageModel
{
    public const int PageSize = 10;

    public SearchText Text { get; private set; } = SearchText.English;

    public ReaderClock Clock => clock;

    /// <summary>The query as searched (cut at <see cref="SearchQuery.MaxLength"/>); Razor encodes it wherever it is shown.</summary>
    public string Query { get; private set; } = "";

    public string? Section { get; private set; }

    public SearchPeriod Period { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public SearchResults Results { get; private set; } = SearchResults.Empty;

    public bool Searched { get; private set; }

    public async Task<IActionResult> OnGetAsync(string edition, string? q, string? section, string? period, [FromQuery(Name = "page")] string? pageNumber, CancellationToken cancellationToken)
    {
        if (await editions.FindAsync(edition, cancellationToken) is not { } found || found.Code != edition)
        {
            return NotFound();
        }

        Edition = found;
        Text = SearchText.For(found.Code);
        Title = Text.Search;
        CanonicalPath = $"/{found.Code}/search";
        AlternateEditionPath = null;

        // "page" is also the route value naming the Razor page, hence the explicit query binding above.
        // Unknown filter values are ignored rather than refused: they come from old links or hand-edited addresses.
        Period = SearchParameters.TryParsePeriod(period, out var parsedPeriod) ? parsedPeriod : SearchPeriod.Any;
        PageNumber = SearchParameters.TryParsePage(pageNumber, out var parsedPage) ? parsedPage : 1;
        Section = found.Sections.Any(s => s.Slug == section) ? section : null;
        Query = (q ?? "").Trim();
        if (Query.Length > SearchQuery.MaxLength)
        {
            Query = Query[..SearchQuery.MaxLength];
        }

        if (Query.Length == 0)
        {
            return Page();
        }

        Searched = true;
        Title = $"{Text.ResultsFor} {Query}";
        Results = search.Search(new SearchQuery(found.Code, Query, Section, Period, PageNumber, PageSize));
        return Page();
    }

    public bool HasNext => PageNumber * PageSize < Results.Total && PageNumber < SearchQuery.MaxPage;

    public string PagePath(int page)
    {
        var query = new List<KeyValuePair<string, string?>> { new("q", Query) };
        if (Section is not null)
        {
            query.Add(new("section", Section));
        }

        if (Period != SearchPeriod.Any)
        {
            query.Add(new("period", SearchParameters.PeriodValue(Period)));
        }

        if (page > 1)
        {
            query.Add(new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(CanonicalPath!, query);
    }
}
