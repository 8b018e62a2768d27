using System.Globalization;
using Dateline.Web.Features.Editions;
using Dateline.Web.Features.PrayerTimes;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.Calendar;

/// <summary>Formats today (in the site's time zone) for the header, in each edition's language.</summary>
public sealed class HeaderDates(ReaderClock clock, IOptions<CalendarOptions> options, IOptions<PrayerTimesOptions> digits)
{
    private static readonly CultureInfo EnglishDays = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo ArabicDays = CultureInfo.GetCultureInfo("ar-AE");

    public HeaderDate Today(EditionView edition) =>
        For(DateOnly.FromDateTime(clock.ToLocal(clock.UtcNow)), edition);

    public HeaderDate For(DateOnly date, EditionView edition)
    {
        var arabic = edition.Code == "ar";
        var text = CalendarText.For(edition.Code);
        // The digit setting lives with the prayer widget so the whole header uses one style.
        var style = arabic ? digits.Value.ArabicDigits : DigitStyle.Latin;
        var month = edition.Text.MonthNames[date.Month - 1];
        var dayName = (arabic ? ArabicDays : EnglishDays).DateTimeFormat.GetDayName(date.DayOfWeek);
        var weekday = arabic ? dayName + " " : dayName + ", ";
        var gregorian = arabic
            ? string.Create(CultureInfo.InvariantCulture, $"{date.Day} {month} {date.Year}")
            : string.Create(CultureInfo.InvariantCulture, $"{month} {date.Day}, {date.Year}");

        string? hijri = null;
        if (HijriDate.FromGregorian(date, options.Value.HijriAdjustmentDays) is { } h)
        {
            hijri = string.Create(CultureInfo.InvariantCulture, $"{h.Day} {text.HijriMonthNames[h.Month - 1]} {h.Year} {text.HijriEra}");
        }

        return new HeaderDate(
            date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            weekday,
            DigitShaping.Apply(gregorian, style),
            hijri is null ? null : DigitShaping.Apply(hijri, style),
            text);
    }
}
