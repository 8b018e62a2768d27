namespace Dateline.PrayerTimes;

/// <summary>
/// Bounds Fajr and Isha to a share of the night, so they still exist (and stay sensible) where twilight
/// never ends in summer. The rule never moves a time that the angle gives inside the bound.
/// </summary>
public enum HighLatitudeRule
{
    /// <summary>Fajr no earlier than sunrise minus half the night; Isha no later than sunset plus half.</summary>
    MiddleOfTheNight,

    /// <summary>As above with one seventh of the night.</summary>
    SeventhOfTheNight,

    /// <summary>As above with (twilight angle ÷ 60) of the night, e.g. 18° gives 18/60.</summary>
    TwilightAngle,
}
