namespace Dateline.PrayerTimes;

/// <summary>The juristic school, which decides how long a shadow must be for Asr to begin.</summary>
public enum Madhab
{
    /// <summary>Shadow equals the object's height plus its noon shadow (Shafi, Maliki, Hanbali).</summary>
    Shafi,

    /// <summary>Shadow equals twice the object's height plus its noon shadow.</summary>
    Hanafi,
}
