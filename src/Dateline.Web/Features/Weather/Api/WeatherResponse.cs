using System.Globalization;
using Dateline.PrayerTimes;

namespace Dateline.Web.Features.Weather.Api;

/// <summary>
/// Current conditions for one city. <c>observedAt</c> is the provider's time for the values; <c>retrievedAt</c>
/// is when the site fetched them, and <c>ageSeconds</c>/<c>stale</c> are measured from it.
/// </summary>
public sealed record WeatherResponse(
    string City,
    double TemperatureC,
    string Condition,
    bool IsDay,
    int WeatherCode,
    string Description,
    string Icon,
    string ObservedAt,
    string RetrievedAt,
    long AgeSeconds,
    bool Stale,
    string Source)
{
    public static WeatherResponse From(UaeCity city, WeatherReport report, string language)
    {
        var observation = report.Observation;
        return new WeatherResponse(
            city.Id,
            observation.TemperatureC,
            WeatherConditions.Slug(report.Condition),
            observation.IsDay,
            observation.WeatherCode,
            report.Code.Describe(language),
            report.IconKey,
            observation.ObservedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            report.RetrievedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            (long)report.Age.TotalSeconds,
            report.IsStale,
            observation.Source);
    }
}
