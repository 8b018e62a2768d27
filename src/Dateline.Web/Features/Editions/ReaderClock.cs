using Dateline.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.Editions;

/// <summary>Shows UTC instants in the site's time zone, in the seed page's "December 02, 2021 / 6:54 PM" form.</summary>
public sealed class ReaderClock(IOptions<DatelineOptions> options, TimeProvider time)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public TimeZoneInfo Zone => _zone;

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone);

    public string FormatDateline(DateTime utc, EditionStrings text)
    {
        var local = ToLocal(utc);
        var month = text.MonthNames[local.Month - 1];
        var hour = local.Hour % 12 == 0 ? 12 : local.Hour % 12;
        var designator = local.Hour < 12 ? text.AmDesignator : text.PmDesignator;
        var date = ReferenceEquals(text, EditionStrings.Arabic)
            ? $"{local.Day:00} {month} {local.Year}"
            : $"{month} {local.Day:00}, {local.Year}";
        return $"{date} / {hour}:{local.Minute:00} {designator}";
    }

    /// <summary>ISO 8601 with offset, for &lt;time datetime&gt; and structured data.</summary>
    public string FormatIso(DateTime utc) =>
        new DateTimeOffset(ToLocal(utc), _zone.GetUtcOffset(utc)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
}
