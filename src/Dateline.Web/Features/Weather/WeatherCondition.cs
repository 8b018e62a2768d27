namespace Dateline.Web.Features.Weather;

/// <summary>The handful of conditions the header distinguishes, each with its icon; WMO codes map onto them.</summary>
public enum WeatherCondition
{
    Unknown = 0,
    Clear,
    PartlyCloudy,
    Cloudy,
    Fog,
    Drizzle,
    Rain,
    Snow,
    Thunderstorm,
}
