using System.Collections.Concurrent;
using Dateline.PrayerTimes;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.Weather;

/// <summary>
/// The latest observation per city, in memory. <see cref="WeatherRefresh"/> writes; pages and the API only read,
/// so a render never waits on the provider. A value older than <see cref="WeatherOptions.MaxAge"/> is not shown.
/// </summary>
public sealed class WeatherReports(IOptions<WeatherOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, (WeatherObservation Observation, DateTimeOffset RetrievedAt)> _latest =
        new(StringComparer.OrdinalIgnoreCase);

    public void Store(UaeCity city, WeatherObservation observation) =>
        _latest[city.Id] = (observation, time.GetUtcNow());

    public WeatherReport? Find(UaeCity city)
    {
        if (!_latest.TryGetValue(city.Id, out var entry))
        {
            return null;
        }

        var settings = options.Value;
        var age = time.GetUtcNow() - entry.RetrievedAt;
        if (age > settings.MaxAge)
        {
            return null;
        }

        return new WeatherReport(city, entry.Observation, WmoWeatherCodes.Find(entry.Observation.WeatherCode), entry.RetrievedAt, age, age > settings.StaleAfter);
    }
}
