using System.Diagnostics.CodeAnalysis;

namespace Dateline.PrayerTimes;

/// <summary>
/// The conventions of one authority: twilight angles for Fajr and Isha, fixed offsets, and rounding.
/// Use a preset, or derive a custom method with <c>with { … }</c>.
/// </summary>
public sealed record CalculationMethod
{
    /// <summary>Stable lower-case slug used in URLs and settings, e.g. "uae".</summary>
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>Depression of the Sun below the horizon, in degrees, at which Fajr begins.</summary>
    public required double FajrAngle { get; init; }

    /// <summary>Depression in degrees at which Isha begins; ignored when <see cref="IshaInterval"/> is set.</summary>
    public double IshaAngle { get; init; }

    /// <summary>When set, Isha is this long after Maghrib (before adjustments) instead of angle-based.</summary>
    public TimeSpan? IshaInterval { get; init; }

    /// <summary>When set, Maghrib is when the Sun reaches this depression, if that falls between sunset and Isha.</summary>
    public double? MaghribAngle { get; init; }

    /// <summary>The authority's own offsets; user adjustments are added on top.</summary>
    public PrayerAdjustments Adjustments { get; init; } = PrayerAdjustments.None;

    public Rounding Rounding { get; init; } = Rounding.Nearest;

    /// <summary>
    /// Khalid Shaukat's seasonal twilight (Moonsighting Committee): Fajr and Isha come from a minute count that
    /// varies with latitude and season, and above 55° the night is split into sevenths.
    /// </summary>
    public bool UsesSeasonalTwilight { get; init; }

    /// <summary>
    /// The method used in the UAE (Awqaf, Dubai IACAD): 18.2° for both twilights, with safety offsets that
    /// reproduced the Awqaf 2018 Dubai table within a minute. The library default.
    /// </summary>
    public static CalculationMethod Uae { get; } = new()
    {
        Id = "uae",
        Name = "UAE (General Authority of Islamic Affairs and Endowments)",
        FajrAngle = 18.2,
        IshaAngle = 18.2,
        Adjustments = new PrayerAdjustments(Sunrise: -3, Dhuhr: 3, Asr: 3, Maghrib: 3),
    };

    public static CalculationMethod UmmAlQura { get; } = new()
    {
        Id = "umm-al-qura",
        Name = "Umm Al-Qura University, Makkah",
        FajrAngle = 18.5,
        // Saudi practice moves Isha to 120 minutes in Ramadan; callers add that as a 30-minute user adjustment.
        IshaInterval = TimeSpan.FromMinutes(90),
    };

    public static CalculationMethod MuslimWorldLeague { get; } = new()
    {
        Id = "mwl",
        Name = "Muslim World League",
        FajrAngle = 18,
        IshaAngle = 17,
        Adjustments = new PrayerAdjustments(Dhuhr: 1),
    };

    public static CalculationMethod Egyptian { get; } = new()
    {
        Id = "egyptian",
        Name = "Egyptian General Authority of Survey",
        FajrAngle = 19.5,
        IshaAngle = 17.5,
        Adjustments = new PrayerAdjustments(Dhuhr: 1),
    };

    public static CalculationMethod Karachi { get; } = new()
    {
        Id = "karachi",
        Name = "University of Islamic Sciences, Karachi",
        FajrAngle = 18,
        IshaAngle = 18,
        Adjustments = new PrayerAdjustments(Dhuhr: 1),
    };

    public static CalculationMethod NorthAmerica { get; } = new()
    {
        Id = "isna",
        Name = "Islamic Society of North America",
        FajrAngle = 15,
        IshaAngle = 15,
        Adjustments = new PrayerAdjustments(Dhuhr: 1),
    };

    public static CalculationMethod Qatar { get; } = new()
    {
        Id = "qatar",
        Name = "Qatar (Ministry of Awqaf)",
        FajrAngle = 18,
        IshaInterval = TimeSpan.FromMinutes(90),
    };

    public static CalculationMethod Kuwait { get; } = new()
    {
        Id = "kuwait",
        Name = "Kuwait (Ministry of Awqaf)",
        FajrAngle = 18,
        IshaAngle = 17.5,
    };

    public static CalculationMethod MoonsightingCommittee { get; } = new()
    {
        Id = "moonsighting-committee",
        Name = "Moonsighting Committee Worldwide",
        FajrAngle = 18,
        IshaAngle = 18,
        Adjustments = new PrayerAdjustments(Dhuhr: 5, Maghrib: 3),
        UsesSeasonalTwilight = true,
    };

    public static CalculationMethod Singapore { get; } = new()
    {
        Id = "singapore",
        Name = "Majlis Ugama Islam Singapura",
        FajrAngle = 20,
        IshaAngle = 18,
        Adjustments = new PrayerAdjustments(Dhuhr: 1),
        Rounding = Rounding.Up,
    };

    /// <summary>An approximation of the Diyanet tables; Diyanet itself uses further, unpublished corrections.</summary>
    public static CalculationMethod Turkey { get; } = new()
    {
        Id = "turkey",
        Name = "Diyanet İşleri Başkanlığı, Turkey (approximation)",
        FajrAngle = 18,
        IshaAngle = 17,
        Adjustments = new PrayerAdjustments(Sunrise: -7, Dhuhr: 5, Asr: 4, Maghrib: 7),
    };

    public static CalculationMethod Tehran { get; } = new()
    {
        Id = "tehran",
        Name = "Institute of Geophysics, University of Tehran",
        FajrAngle = 17.7,
        IshaAngle = 14,
        MaghribAngle = 4.5,
    };

    public static CalculationMethod Default => Uae;

    /// <summary>Every preset, UAE first.</summary>
    public static IReadOnlyList<CalculationMethod> All { get; } =
    [
        Uae, UmmAlQura, MuslimWorldLeague, Egyptian, Karachi, NorthAmerica,
        Qatar, Kuwait, MoonsightingCommittee, Singapore, Turkey, Tehran,
    ];

    /// <summary>Finds a preset by its <see cref="Id"/>, ignoring case and surrounding spaces.</summary>
    public static bool TryFind(string? id, [NotNullWhen(true)] out CalculationMethod? method)
    {
        var wanted = id?.Trim();
        method = string.IsNullOrEmpty(wanted)
            ? null
            : All.FirstOrDefault(m => string.Equals(m.Id, wanted, StringComparison.OrdinalIgnoreCase));
        return method is not null;
    }
}
