using System.Globalization;

namespace Dateline.Web.Features.Calendar;

/// <summary>A date in the Umm al-Qura calendar, the tabulated Hijri calendar used in the Gulf.</summary>
public readonly record struct HijriDate(int Year, int Month, int Day)
{
    private static readonly UmAlQuraCalendar UmAlQura = new();

    /// <summary>
    /// Converts a Gregorian date, shifted by <paramref name="adjustmentDays"/> for a local moon-sighting
    /// correction. Null outside the range the Umm al-Qura tables cover (1900–2077).
    /// </summary>
    public static HijriDate? FromGregorian(DateOnly date, int adjustmentDays = 0)
    {
        var shifted = date.ToDateTime(TimeOnly.MinValue).AddDays(adjustmentDays);
        if (shifted < UmAlQura.MinSupportedDateTime || shifted > UmAlQura.MaxSupportedDateTime)
        {
            return null;
        }

        return new HijriDate(UmAlQura.GetYear(shifted), UmAlQura.GetMonth(shifted), UmAlQura.GetDayOfMonth(shifted));
    }
}
