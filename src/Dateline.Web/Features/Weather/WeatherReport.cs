using Dateline.PrayerTimes;

namespace Dateline.Web.Features.Weather;

/// <summary>The last observation kept for a city, with how old it is now.</summary>
/// <param name="RetrievedAt">When the site received it; its age and staleness are measured from here.</param>
public sealed record WeatherReport(UaeCity City, WeatherObservation Observation, WmoWeatherCode Code, DateTimeOffset RetrievedAt, TimeSpan Age, bool IsStale)
{
    public WeatherCondition Condition => Code.Condition;

    public string IconKey => WeatherConditions.IconKey(Condition, Observation.IsDay);
}
