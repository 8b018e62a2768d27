namespace Dateline.PrayerTimes;

/// <summary>A method plus the choices a user makes on top of it. <c>new CalculationParameters()</c> is the UAE default.</summary>
public sealed record CalculationParameters
{
    public static CalculationParameters Default { get; } = new();

    public CalculationMethod Method { get; init; } = CalculationMethod.Default;

    public Madhab Madhab { get; init; } = Madhab.Shafi;

    public HighLatitudeRule HighLatitudeRule { get; init; } = HighLatitudeRule.MiddleOfTheNight;

    /// <summary>Overrides the method's rounding when set.</summary>
    public Rounding? Rounding { get; init; }

    /// <summary>Only used by methods with seasonal twilight (Moonsighting Committee).</summary>
    public Shafaq Shafaq { get; init; } = Shafaq.General;

    /// <summary>User offsets in minutes, added to the method's own.</summary>
    public PrayerAdjustments Adjustments { get; init; } = PrayerAdjustments.None;

    public static CalculationParameters For(CalculationMethod method) => new() { Method = method };
}
