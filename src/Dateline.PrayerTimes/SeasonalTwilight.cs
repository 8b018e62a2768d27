namespace Dateline.PrayerTimes;

/// <summary>
/// Khalid Shaukat's seasonal twilight model, used by the Moonsighting Committee. Instead of a fixed angle, the
/// length of morning and evening twilight is read from a curve of minutes that grows with latitude and is
/// interpolated linearly between four anchor days counted from the winter solstice. It was fitted to
/// observations and keeps Fajr and Isha reasonable up to about 55° without a separate high-latitude rule.
/// </summary>
internal static class SeasonalTwilight
{
    public static TimeSpan BeforeSunrise(double latitude, DateOnly date)
    {
        var lat = Math.Abs(latitude);
        return Minutes(
            DaysSinceWinterSolstice(latitude, date),
            75 + (28.65 / 55.0 * lat),
            75 + (19.44 / 55.0 * lat),
            75 + (32.74 / 55.0 * lat),
            75 + (48.10 / 55.0 * lat));
    }

    public static TimeSpan AfterSunset(double latitude, DateOnly date, Shafaq shafaq)
    {
        var lat = Math.Abs(latitude);
        var days = DaysSinceWinterSolstice(latitude, date);
        return shafaq switch
        {
            Shafaq.Ahmer => Minutes(days, 62 + (17.40 / 55.0 * lat), 62 - (7.16 / 55.0 * lat), 62 + (5.12 / 55.0 * lat), 62 + (19.44 / 55.0 * lat)),
            Shafaq.Abyad => Minutes(days, 75 + (25.60 / 55.0 * lat), 75 + (7.16 / 55.0 * lat), 75 + (36.84 / 55.0 * lat), 75 + (81.84 / 55.0 * lat)),
            _ => Minutes(days, 75 + (25.60 / 55.0 * lat), 75 + (2.05 / 55.0 * lat), 75 - (9.21 / 55.0 * lat), 75 + (6.14 / 55.0 * lat)),
        };
    }

    /// <summary>
    /// Anchors: a at the winter solstice, b 91 days later (spring equinox), c 137 days, d 183 days (summer solstice),
    /// then back down symmetrically through c and b.
    /// </summary>
    private static TimeSpan Minutes(int day, double a, double b, double c, double d)
    {
        var minutes = day switch
        {
            < 91 => a + ((b - a) / 91.0 * day),
            < 137 => b + ((c - b) / 46.0 * (day - 91)),
            < 183 => c + ((d - c) / 46.0 * (day - 137)),
            < 229 => d + ((c - d) / 46.0 * (day - 183)),
            < 275 => c + ((b - c) / 46.0 * (day - 229)),
            _ => b + ((a - b) / 91.0 * (day - 275)),
        };

        // The published tables work in whole seconds.
        return TimeSpan.FromSeconds(Math.Round(minutes * 60.0));
    }

    private static int DaysSinceWinterSolstice(double latitude, DateOnly date)
    {
        var daysInYear = DateTime.IsLeapYear(date.Year) ? 366 : 365;
        if (latitude >= 0)
        {
            // The northern winter solstice (about 21 December) is taken as 10 days before 1 January.
            var days = date.DayOfYear + 10;
            return days >= daysInYear ? days - daysInYear : days;
        }

        // The southern winter solstice is the June solstice, about day 172 (173 in a leap year).
        var southern = date.DayOfYear - (daysInYear == 366 ? 173 : 172);
        return southern < 0 ? southern + daysInYear : southern;
    }
}
