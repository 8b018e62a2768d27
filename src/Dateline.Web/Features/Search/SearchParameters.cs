using System.Globalization;

namespace Dateline.Web.Features.Search;

/// <summary>Reads the filter and paging values of the search page and API, which share their names.</summary>
public static class SearchParameters
{
    public static bool TryParsePeriod(string? value, out SearchPeriod period)
    {
        period = SearchPeriod.Any;
        return string.IsNullOrEmpty(value)
            || (Enum.TryParse(value, ignoreCase: true, out period) && Enum.IsDefined(period) && !int.TryParse(value, out _));
    }

    public static bool TryParsePage(string? value, out int page)
    {
        page = 1;
        return string.IsNullOrEmpty(value)
            || (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out page) && page is >= 1 and <= SearchQuery.MaxPage);
    }

    public static string PeriodValue(SearchPeriod period) => period.ToString().ToLowerInvariant();
}
