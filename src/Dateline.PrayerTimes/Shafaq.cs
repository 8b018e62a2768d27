namespace Dateline.PrayerTimes;

/// <summary>Which evening glow ends Maghrib under the Moonsighting Committee's seasonal rule.</summary>
public enum Shafaq
{
    /// <summary>The committee's blend of the red and white glow, its default.</summary>
    General,

    /// <summary>The red glow, which ends earlier.</summary>
    Ahmer,

    /// <summary>The white glow, which ends later.</summary>
    Abyad,
}
