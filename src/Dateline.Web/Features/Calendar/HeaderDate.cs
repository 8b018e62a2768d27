namespace Dateline.Web.Features.Calendar;

/// <summary>Today's date as the header shows it, in the Gregorian and Umm al-Qura calendars.</summary>
/// <param name="IsoDate">yyyy-MM-dd, for &lt;time datetime&gt;.</param>
/// <param name="WeekdayPrefix">"Saturday, " or "السبت "; phones drop it to keep the header on one line.</param>
/// <param name="Date">"March 1, 2025" or "1 مارس 2025".</param>
/// <param name="Hijri">e.g. "1 Ramadan 1446 AH"; null outside the Umm al-Qura tables' range.</param>
public sealed record HeaderDate(string IsoDate, string WeekdayPrefix, string Date, string? Hijri, CalendarText Text)
{
    public string Gregorian => WeekdayPrefix + Date;
}
