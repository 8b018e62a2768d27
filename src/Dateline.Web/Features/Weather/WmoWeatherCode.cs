namespace Dateline.Web.Features.Weather;

/// <summary>One WMO 4677 present-weather code as Open-Meteo uses it, with its wording in both editions.</summary>
public sealed record WmoWeatherCode(int Code, WeatherCondition Condition, string English, string Arabic)
{
    public string Describe(string editionCode) => editionCode == "ar" ? Arabic : English;
}
