namespace Dateline.Web.Features.Search;

/// <summary>A page of results; <see cref="Fuzzy"/> when nothing matched exactly and similar spellings were searched.</summary>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int Total, bool Fuzzy)
{
    public static readonly SearchResults Empty = new([], 0, false);
}
