namespace Dateline.PrayerTimes;

/// <summary>Whole minutes added to each computed time (negative moves it earlier).</summary>
public sealed record PrayerAdjustments(
    int Fajr = 0,
    int Sunrise = 0,
    int Dhuhr = 0,
    int Asr = 0,
    int Maghrib = 0,
    int Isha = 0)
{
    public static PrayerAdjustments None { get; } = new();

    public int For(Prayer prayer) => prayer switch
    {
        Prayer.Fajr => Fajr,
        Prayer.Sunrise => Sunrise,
        Prayer.Dhuhr => Dhuhr,
        Prayer.Asr => Asr,
        Prayer.Maghrib => Maghrib,
        Prayer.Isha => Isha,
        _ => throw new ArgumentOutOfRangeException(nameof(prayer), prayer, "Unknown prayer."),
    };

    public PrayerAdjustments Add(PrayerAdjustments other) => new(
        Fajr + other.Fajr,
        Sunrise + other.Sunrise,
        Dhuhr + other.Dhuhr,
        Asr + other.Asr,
        Maghrib + other.Maghrib,
        Isha + other.Isha);
}
