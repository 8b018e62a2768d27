namespace Dateline.PrayerTimes;

/// <summary>The six daily times, in the order they occur. Sunrise is not a prayer but ends Fajr.</summary>
public enum Prayer
{
    Fajr,
    Sunrise,
    Dhuhr,
    Asr,
    Maghrib,
    Isha,
}
