using System.Globalization;
using System.Net;
using Dateline.Web.Features.Editions;

namespace Dateline.Web.Features.Feeds;

/// <summary>Dates and HTML as both feed formats write them.</summary>
internal static class FeedText
{
    /// <summary>RFC 822 (with a four-digit year, as RSS 2.0 asks), always in GMT.</summary>
    public static string Rfc822(DateTime utc) =>
        utc.ToString("ddd, dd MMM yyyy HH':'mm':'ss 'GMT'", CultureInfo.InvariantCulture);

    /// <summary>RFC 3339 in UTC, to the second.</summary>
    public static string Rfc3339(DateTime utc) =>
        utc.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// HTML for a feed reader. Readers do not know the site's direction, so right-to-left editions wrap it in an
    /// element that says so; a reader that shows Arabic left-to-right misplaces punctuation and numbers.
    /// </summary>
    public static string Html(EditionView edition, string html) =>
        edition.Direction == TextDirection.Rtl ? $"<div dir=\"rtl\" lang=\"{edition.Code}\">{html}</div>" : html;

    public static string SummaryHtml(EditionView edition, string? summary) =>
        Html(edition, $"<p>{WebUtility.HtmlEncode(summary ?? "")}</p>");

    /// <summary>The byline as one line: the authors, else the agency, else the site.</summary>
    public static string Byline(FeedItem item, EditionView edition) =>
        item.Authors.Count > 0
            ? string.Join(edition.IsArabic ? "، " : ", ", item.Authors.Select(a => a.Name))
            : item.AgencyCredit ?? edition.SiteName;
}
