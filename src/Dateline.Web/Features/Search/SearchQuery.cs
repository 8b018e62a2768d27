namespace Dateline.Web.Features.Search;

/// <summary>One search as a reader asked it: words and "phrases" (a leading - excludes), optional filters, a page.</summary>
public sealed record SearchQuery(string Edition, string Text, string? Section = null, SearchPeriod Period = SearchPeriod.Any, int Page = 1, int PageSize = 10)
{
    /// <summary>Longer queries are cut here: no real search is longer, and each word costs a clause.</summary>
    public const int MaxLength = 200;

    public const int MaxPage = 50;
}
