namespace Dateline.PrayerTimes;

/// <summary>How a computed instant becomes a whole minute.</summary>
public enum Rounding
{
    /// <summary>Half a minute or more goes up, less goes down.</summary>
    Nearest,

    /// <summary>Any part of a minute goes up, so a listed time is never before the astronomical one.</summary>
    Up,

    /// <summary>Keep seconds.</summary>
    None,
}
