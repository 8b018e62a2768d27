namespace Dateline.PrayerTimes.Astronomy;

internal static class JulianDay
{
    /// <summary>Julian day at 0h UT of a Gregorian date (Meeus ch. 7, p. 60).</summary>
    public static double AtMidnight(DateOnly date)
    {
        // January and February count as months 13 and 14 of the previous year so that the leap day falls last.
        var year = date.Month > 2 ? date.Year : date.Year - 1;
        var month = date.Month > 2 ? date.Month : date.Month + 12;
        var century = year / 100;
        var gregorianCorrection = 2 - century + (century / 4);
        return Math.Floor(365.25 * (year + 4716))
            + Math.Floor(30.6001 * (month + 1))
            + date.Day
            + gregorianCorrection
            - 1524.5;
    }
}
