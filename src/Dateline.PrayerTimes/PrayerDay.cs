namespace Dateline.PrayerTimes;

/// <summary>
/// One local calendar day's times, each in the requested time zone. A time is null when the Sun never
/// reaches the required altitude that day and no high-latitude rule can stand in (e.g. midnight sun).
/// Dhuhr always exists.
/// </summary>
public sealed record PrayerDay(
    DateOnly Date,
    DateTimeOffset? Fajr,
    DateTimeOffset? Sunrise,
    DateTimeOffset Dhuhr,
    DateTimeOffset? Asr,
    DateTimeOffset? Maghrib,
    DateTimeOffset? Isha)
{
    public DateTimeOffset? TimeOf(Prayer prayer) => prayer switch
    {
        Prayer.Fajr => Fajr,
        Prayer.Sunrise => Sunrise,
        Prayer.Dhuhr => Dhuhr,
        Prayer.Asr => Asr,
        Prayer.Maghrib => Maghrib,
        Prayer.Isha => Isha,
        _ => throw new ArgumentOutOfRangeException(nameof(prayer), prayer, "Unknown prayer."),
    };
}
