using Dateline.PrayerTimes;
using Dateline.Web.Features.Weather;

namespace Dateline.BrowserTests.Infrastructure;

/// <summary>Stands in for the weather service (a third party no test may reach): a warm, partly cloudy day everywhere.</summary>
public sealed class FixedWeather(TimeProvider time) : IWeatherProvider
{
    public const double TemperatureC = 27;

    public string Name => "browser-tests";

    public Task<WeatherObservation> GetCurrentAsync(Coordinates coordinates, CancellationToken cancellationToken) =>
        Task.FromResult(new WeatherObservation(TemperatureC, WeatherCode: 2, IsDay: true, time.GetUtcNow(), Name));
}
