namespace Dateline.Web.Features.Calendar;

/// <summary>Today's date as the header shows it, in the Gregorian and Umm al-Qura calendars.</summary>
/// <param name="IsoDate">yyyy-MM-dd, for &lt;time datetime&gt;.</param>
/// <param name="Gregorian">e.g. "Saturday, May 24, 2025" or "السبت 24 مايو 2025".</param>
/// <param name="Hijri">e.g. "26 Dhu al-Qadah 1446 AH"; null outside the Umm al-Qura tables' range.</param>
public sealed record HeaderDate(string IsoDate, string Gregorian, string? Hijri, CalendarText Text);
