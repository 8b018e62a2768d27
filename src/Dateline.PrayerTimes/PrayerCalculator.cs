using Dateline.PrayerTimes.Astronomy;

namespace Dateline.PrayerTimes;

/// <summary>Computes a day of prayer times. Pure and thread-safe; no I/O and no caching.</summary>
public static class PrayerCalculator
{
    // Real results lie within a day of their UT date; anything further is numerical noise from a degenerate
    // case (e.g. exactly at a pole) and is treated as undefined rather than allowed to overflow DateTime.
    private const double SaneHourLimit = 48;

    public static PrayerDay Compute(DateOnly date, Coordinates coordinates, TimeZoneInfo timeZone) =>
        Compute(date, coordinates, timeZone, CalculationParameters.Default);

    public static PrayerDay Compute(DateOnly date, UaeCity city, CalculationParameters? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(city);
        return Compute(date, city.Coordinates, UaeCities.TimeZone, parameters ?? CalculationParameters.Default);
    }

    public static PrayerDay Compute(
        DateOnly date,
        Coordinates coordinates,
        TimeZoneInfo timeZone,
        CalculationParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        ArgumentNullException.ThrowIfNull(parameters);

        var method = parameters.Method;

        // Work from the UT instant of local clock noon, so that near the date line (UTC+14, UTC−11) the times
        // belong to the requested local date rather than to the neighbouring one that shares its UT date.
        var localNoon = date.ToDateTime(new TimeOnly(12, 0));
        var utcNoon = localNoon - timeZone.GetUtcOffset(localNoon);
        var utcDate = DateOnly.FromDateTime(utcNoon);
        var today = new SolarDay(utcDate, coordinates, utcNoon.TimeOfDay.TotalDays);
        var tomorrow = new SolarDay(utcDate.AddDays(1), coordinates, utcNoon.TimeOfDay.TotalDays);

        var dhuhr = At(today, today.Transit)
            ?? throw new InvalidOperationException("Solar transit is always defined.");
        var sunrise = At(today, today.Sunrise);
        var sunset = At(today, today.Sunset);
        var asr = AsrTime(today, coordinates.Latitude, parameters.Madhab);
        TimeSpan? night = sunset is { } dusk && At(tomorrow, tomorrow.Sunrise) is { } dawn ? dawn - dusk : null;

        var fajr = At(today, today.TimeAtAltitude(-method.FajrAngle, afterTransit: false));
        // The committee's seasonal curve stops at 55°; beyond it the committee uses a seventh of the night.
        var highLatitude = method.UsesSeasonalTwilight && coordinates.Latitude >= 55;
        if (highLatitude)
        {
            fajr = sunrise - (night / 7);
        }

        var earliestFajr = method.UsesSeasonalTwilight
            ? sunrise - SeasonalTwilight.BeforeSunrise(coordinates.Latitude, date)
            : sunrise - (night * NightPortion(parameters.HighLatitudeRule, method.FajrAngle));
        // The high-latitude bound only ever delays Fajr (and advances Isha), and stands in when the angle is never reached.
        if (fajr is null || earliestFajr > fajr)
        {
            fajr = earliestFajr;
        }

        DateTime? isha;
        if (method.IshaInterval is { } interval)
        {
            isha = sunset + interval;
        }
        else
        {
            isha = highLatitude
                ? sunset + (night / 7)
                : At(today, today.TimeAtAltitude(-method.IshaAngle, afterTransit: true));
            var latestIsha = method.UsesSeasonalTwilight
                ? sunset + SeasonalTwilight.AfterSunset(coordinates.Latitude, date, parameters.Shafaq)
                : sunset + (night * NightPortion(parameters.HighLatitudeRule, method.IshaAngle));
            if (isha is null || latestIsha < isha)
            {
                isha = latestIsha;
            }
        }

        var maghrib = sunset;
        if (method.MaghribAngle is { } maghribAngle
            && At(today, today.TimeAtAltitude(-maghribAngle, afterTransit: true)) is { } angleMaghrib
            && sunset < angleMaghrib
            && isha > angleMaghrib)
        {
            maghrib = angleMaghrib;
        }

        var adjustments = method.Adjustments.Add(parameters.Adjustments);
        var rounding = parameters.Rounding ?? method.Rounding;
        DateTimeOffset? Finish(DateTime? utc, Prayer prayer) =>
            utc is { } value ? Local(Round(value.AddMinutes(adjustments.For(prayer)), rounding), timeZone) : null;

        var times = new[]
        {
            Finish(fajr, Prayer.Fajr),
            Finish(sunrise, Prayer.Sunrise),
            Finish(dhuhr, Prayer.Dhuhr),
            Finish(asr, Prayer.Asr),
            Finish(maghrib, Prayer.Maghrib),
            Finish(isha, Prayer.Isha),
        };
        KeepInOrder(times);

        return new PrayerDay(date, times[0], times[1], times[2]!.Value, times[3], times[4], times[5]);
    }

    /// <summary>
    /// On days when the Sun only just rises, sunrise, noon and sunset fall within minutes of each other and the
    /// methods' differing offsets (e.g. Dhuhr +5, Maghrib +3) could swap them. Callers rely on the order to find
    /// the current and next prayer, so a time is never listed before the one that precedes it.
    /// </summary>
    private static void KeepInOrder(DateTimeOffset?[] times)
    {
        DateTimeOffset? previous = null;
        for (var i = 0; i < times.Length; i++)
        {
            if (times[i] is { } time)
            {
                if (previous > time)
                {
                    times[i] = previous;
                }

                previous = times[i];
            }
        }
    }

    private static DateTime? AsrTime(SolarDay day, double latitude, Madhab madhab)
    {
        var noonZenith = Math.Abs(latitude - day.Declination);
        if (noonZenith >= 90)
        {
            // The Sun stays below the horizon all day, so there is no shadow to measure.
            return null;
        }

        var shadowFactor = madhab == Madhab.Hanafi ? 2.0 : 1.0;
        var altitude = Degrees.Atan(1.0 / (shadowFactor + Degrees.Tan(noonZenith)));
        return At(day, day.TimeAtAltitude(altitude, afterTransit: true));
    }

    private static double NightPortion(HighLatitudeRule rule, double twilightAngle) => rule switch
    {
        HighLatitudeRule.SeventhOfTheNight => 1.0 / 7.0,
        HighLatitudeRule.TwilightAngle => twilightAngle / 60.0,
        _ => 0.5,
    };

    private static DateTime? At(SolarDay day, double hoursAfterMidnightUtc)
    {
        if (!double.IsFinite(hoursAfterMidnightUtc) || Math.Abs(hoursAfterMidnightUtc) > SaneHourLimit)
        {
            return null;
        }

        // Whole seconds: the precision of the theory is a few seconds, and it keeps rounding stable.
        var seconds = Math.Floor(hoursAfterMidnightUtc * 3600.0);
        return day.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddSeconds(seconds);
    }

    private static DateTime Round(DateTime utc, Rounding rounding)
    {
        var minuteStart = new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMinute), DateTimeKind.Utc);
        return rounding switch
        {
            Rounding.Nearest => utc.Second >= 30 ? minuteStart.AddMinutes(1) : minuteStart,
            Rounding.Up => utc > minuteStart ? minuteStart.AddMinutes(1) : minuteStart,
            _ => utc,
        };
    }

    private static DateTimeOffset Local(DateTime utc, TimeZoneInfo timeZone) =>
        TimeZoneInfo.ConvertTime(new DateTimeOffset(utc, TimeSpan.Zero), timeZone);
}
