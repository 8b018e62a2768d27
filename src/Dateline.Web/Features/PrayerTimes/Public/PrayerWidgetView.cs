using System.Globalization;
using Dateline.PrayerTimes;
using Dateline.Web.Features.Editions;

namespace Dateline.Web.Features.PrayerTimes.Public;

/// <summary>
/// What the header prayer widget renders for one edition: the default city's times today and tomorrow (so
/// widgets.js can work out the next prayer on the reader's clock without a request) and the city list.
/// </summary>
public sealed record PrayerWidgetView(
    EditionView Edition,
    PrayerTimesText Text,
    UaeCity City,
    PrayerDay Today,
    PrayerDay Tomorrow,
    Prayer NextPrayer,
    DateTimeOffset NextTime,
    DigitStyle Digits)
{
    /// <summary>The five prayers and sunrise, in the order of the day.</summary>
    public static IReadOnlyList<Prayer> Order { get; } = Enum.GetValues<Prayer>();

    /// <summary>The next prayer strictly after <paramref name="now"/>; sunrise ends Fajr but is not a prayer.</summary>
    public static (Prayer Prayer, DateTimeOffset Time) NextAfter(DateTimeOffset now, PrayerDay today, PrayerDay tomorrow)
    {
        foreach (var day in new[] { today, tomorrow })
        {
            foreach (var prayer in Order)
            {
                if (prayer != Prayer.Sunrise && day.TimeOf(prayer) is { } time && time > now)
                {
                    return (prayer, time);
                }
            }
        }

        return (Prayer.Dhuhr, tomorrow.Dhuhr);
    }

    /// <summary>12-hour clock with the edition's AM/PM designators, in the configured digits ("3:34 PM", "3:34 م").</summary>
    public string Display(DateTimeOffset? time) => time is { } t ? Format(t, Edition.Text, Digits) : Text.NotApplicable;

    public static string Format(DateTimeOffset time, EditionStrings text, DigitStyle digits)
    {
        var hour = time.Hour % 12 == 0 ? 12 : time.Hour % 12;
        var designator = time.Hour < 12 ? text.AmDesignator : text.PmDesignator;
        return DigitShaping.Apply(string.Create(CultureInfo.InvariantCulture, $"{hour}:{time.Minute:00} {designator}"), digits);
    }

    /// <summary>Machine-readable value for &lt;time datetime&gt;.</summary>
    public static string Iso(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture);

    /// <summary>The day's six times as "HH:mm" joined by commas (empty where undefined), for data-* attributes.</summary>
    public static string DataTimes(PrayerDay day) =>
        string.Join(',', Order.Select(p => day.TimeOf(p)?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? ""));

    public string UtcOffset => Today.Dhuhr.ToString("zzz", CultureInfo.InvariantCulture);

    public string TimetablePath => $"/{Edition.Code}/prayer-times?city={Uri.EscapeDataString(City.Id)}";

    public string FormAction => $"/{Edition.Code}/prayer-times";
}
