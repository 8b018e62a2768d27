using System.Collections.Frozen;

namespace Dateline.Web.Features.Weather;

/// <summary>
/// The 28 WMO codes Open-Meteo returns (its "WMO Weather interpretation codes" table). English as Open-Meteo
/// words it; the Arabic is the project's draft translation from tests/Reference/weather and awaits an editor.
/// </summary>
public static class WmoWeatherCodes
{
    public static IReadOnlyList<WmoWeatherCode> All { get; } =
    [
        new(0, WeatherCondition.Clear, "Clear sky", "سماء صافية"),
        new(1, WeatherCondition.PartlyCloudy, "Mainly clear", "صافٍ في الغالب"),
        new(2, WeatherCondition.PartlyCloudy, "Partly cloudy", "غائم جزئياً"),
        new(3, WeatherCondition.Cloudy, "Overcast", "غائم كلياً"),
        new(45, WeatherCondition.Fog, "Fog", "ضباب"),
        new(48, WeatherCondition.Fog, "Depositing rime fog", "ضباب متجمّد"),
        new(51, WeatherCondition.Drizzle, "Drizzle: light", "رذاذ خفيف"),
        new(53, WeatherCondition.Drizzle, "Drizzle: moderate", "رذاذ معتدل"),
        new(55, WeatherCondition.Drizzle, "Drizzle: dense intensity", "رذاذ كثيف"),
        new(56, WeatherCondition.Drizzle, "Freezing drizzle: light", "رذاذ متجمّد خفيف"),
        new(57, WeatherCondition.Drizzle, "Freezing drizzle: dense intensity", "رذاذ متجمّد كثيف"),
        new(61, WeatherCondition.Rain, "Rain: slight", "مطر خفيف"),
        new(63, WeatherCondition.Rain, "Rain: moderate", "مطر معتدل"),
        new(65, WeatherCondition.Rain, "Rain: heavy intensity", "مطر غزير"),
        new(66, WeatherCondition.Rain, "Freezing rain: light", "مطر متجمّد خفيف"),
        new(67, WeatherCondition.Rain, "Freezing rain: heavy intensity", "مطر متجمّد غزير"),
        new(71, WeatherCondition.Snow, "Snow fall: slight", "تساقط ثلوج خفيف"),
        new(73, WeatherCondition.Snow, "Snow fall: moderate", "تساقط ثلوج معتدل"),
        new(75, WeatherCondition.Snow, "Snow fall: heavy intensity", "تساقط ثلوج كثيف"),
        new(77, WeatherCondition.Snow, "Snow grains", "حبيبات ثلجية"),
        new(80, WeatherCondition.Rain, "Rain showers: slight", "زخات مطر خفيفة"),
        new(81, WeatherCondition.Rain, "Rain showers: moderate", "زخات مطر معتدلة"),
        new(82, WeatherCondition.Rain, "Rain showers: violent", "زخات مطر عنيفة"),
        new(85, WeatherCondition.Snow, "Snow showers: slight", "زخات ثلج خفيفة"),
        new(86, WeatherCondition.Snow, "Snow showers: heavy", "زخات ثلج كثيفة"),
        new(95, WeatherCondition.Thunderstorm, "Thunderstorm: slight or moderate", "عاصفة رعدية خفيفة أو معتدلة"),
        new(96, WeatherCondition.Thunderstorm, "Thunderstorm with slight hail", "عاصفة رعدية مع بَرَد خفيف"),
        new(99, WeatherCondition.Thunderstorm, "Thunderstorm with heavy hail", "عاصفة رعدية مع بَرَد كثيف"),
    ];

    private static readonly FrozenDictionary<int, WmoWeatherCode> ByCode = All.ToFrozenDictionary(c => c.Code);

    /// <summary>The entry for a code; any code outside the table is <see cref="WeatherCondition.Unknown"/>.</summary>
    public static WmoWeatherCode Find(int code) =>
        ByCode.TryGetValue(code, out var entry) ? entry : new WmoWeatherCode(code, WeatherCondition.Unknown, "Unknown conditions", "حالة غير معروفة");
}
