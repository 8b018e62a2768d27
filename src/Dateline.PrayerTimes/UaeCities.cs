using System.Diagnostics.CodeAnalysis;

namespace Dateline.PrayerTimes;

/// <summary>
/// The UAE places the site offers. Times differ by up to about 20 minutes between the east coast and the
/// western region, so every page names the city it shows; Sharjah is the default.
/// </summary>
public static class UaeCities
{
    /// <summary>IANA id of the zone every UAE city uses: UTC+4 all year, no daylight saving.</summary>
    public const string TimeZoneId = "Asia/Dubai";

    public static TimeZoneInfo TimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    public static UaeCity Sharjah { get; } = new("sharjah", "Sharjah", "الشارقة", "Sharjah", new(25.3463, 55.4209));

    public static UaeCity Default => Sharjah;

    /// <summary>The seven emirate capitals (Sharjah first), then other towns from west to east.</summary>
    public static IReadOnlyList<UaeCity> All { get; } =
    [
        Sharjah,
        new("dubai", "Dubai", "دبي", "Dubai", new(25.2048, 55.2708)),
        new("abu-dhabi", "Abu Dhabi", "أبوظبي", "Abu Dhabi", new(24.4539, 54.3773)),
        new("ajman", "Ajman", "عجمان", "Ajman", new(25.4052, 55.5136)),
        new("umm-al-quwain", "Umm Al Quwain", "أم القيوين", "Umm Al Quwain", new(25.5647, 55.5552)),
        new("ras-al-khaimah", "Ras Al Khaimah", "رأس الخيمة", "Ras Al Khaimah", new(25.8007, 55.9762)),
        new("fujairah", "Fujairah", "الفجيرة", "Fujairah", new(25.1288, 56.3265)),
        new("al-sila", "Al Sila", "السلع", "Abu Dhabi", new(24.0300, 51.7500)),
        new("al-ruwais", "Al Ruwais", "الرويس", "Abu Dhabi", new(24.1103, 52.7306)),
        new("al-ain", "Al Ain", "العين", "Abu Dhabi", new(24.2075, 55.7447)),
        new("al-dhaid", "Al Dhaid", "الذيد", "Sharjah", new(25.2881, 55.8826)),
        new("hatta", "Hatta", "حتا", "Dubai", new(24.8036, 56.1250)),
        new("dibba-al-hisn", "Dibba Al Hisn", "دبا الحصن", "Sharjah", new(25.6196, 56.2729)),
        new("kalba", "Kalba", "كلباء", "Sharjah", new(25.0742, 56.3553)),
        new("khor-fakkan", "Khor Fakkan", "خورفكان", "Sharjah", new(25.3390, 56.3563)),
    ];

    /// <summary>Finds a city by slug, ignoring case and surrounding spaces.</summary>
    public static bool TryFind(string? id, [NotNullWhen(true)] out UaeCity? city)
    {
        var wanted = id?.Trim();
        city = string.IsNullOrEmpty(wanted)
            ? null
            : All.FirstOrDefault(c => string.Equals(c.Id, wanted, StringComparison.OrdinalIgnoreCase));
        return city is not null;
    }
}
