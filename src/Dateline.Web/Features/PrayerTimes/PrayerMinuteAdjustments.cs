namespace Dateline.Web.Features.PrayerTimes;

/// <summary>Per-prayer minute offsets as written in configuration (<c>PrayerTimes:Adjustments:Isha</c> = 2).</summary>
public sealed class PrayerMinuteAdjustments
{
    public int Fajr { get; set; }
    public int Sunrise { get; set; }
    public int Dhuhr { get; set; }
    public int Asr { get; set; }
    public int Maghrib { get; set; }
    public int Isha { get; set; }

    public Dateline.PrayerTimes.PrayerAdjustments ToAdjustments() => new(Fajr, Sunrise, Dhuhr, Asr, Maghrib, Isha);
}
