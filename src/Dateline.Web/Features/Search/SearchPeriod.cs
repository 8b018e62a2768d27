namespace Dateline.Web.Features.Search;

/// <summary>The date filter: how recent the stories must be.</summary>
public enum SearchPeriod
{
    Any,
    Day,
    Week,
    Month,
    Year,
}
