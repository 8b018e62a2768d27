namespace Dateline.Web.Features.Search.Api;

/// <summary>A page of search results.</summary>
/// <param name="Query">The query as searched (cut at 200 characters).</param>
/// <param name="Total">How many stories matched.</param>
/// <param name="Fuzzy">True when nothing matched exactly and these results match similar spellings.</param>
public sealed record SearchResponse(string Query, string Edition, int Page, int Total, bool Fuzzy, IReadOnlyList<SearchResultItem> Results);
