namespace Dateline.Web.Features.Weather;

/// <summary>Slugs for conditions (API <c>condition</c>) and icons (which add a day or night variant where the sky shows).</summary>
public static class WeatherConditions
{
    public static string Slug(WeatherCondition condition) => condition switch
    {
        WeatherCondition.Clear => "clear",
        WeatherCondition.PartlyCloudy => "partly-cloudy",
        WeatherCondition.Cloudy => "cloudy",
        WeatherCondition.Fog => "fog",
        WeatherCondition.Drizzle => "drizzle",
        WeatherCondition.Rain => "rain",
        WeatherCondition.Snow => "snow",
        WeatherCondition.Thunderstorm => "thunderstorm",
        _ => "unknown",
    };

    public static string IconKey(WeatherCondition condition, bool isDay) => condition switch
    {
        WeatherCondition.Clear or WeatherCondition.PartlyCloudy => Slug(condition) + (isDay ? "-day" : "-night"),
        _ => Slug(condition),
    };
}
