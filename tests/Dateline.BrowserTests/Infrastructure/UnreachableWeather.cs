using Dateline.PrayerTimes;
using Dateline.Web.Features.Weather;

namespace Dateline.BrowserTests.Infrastructure;

/// <summary>A weather service that cannot be reached, as on a machine without a route to the provider.</summary>
public sealed class UnreachableWeather : IWeatherProvider
{
    public string Name => "unreachable";

    public Task<WeatherObservation> GetCurrentAsync(Coordinates coordinates, CancellationToken cancellationToken) =>
        Task.FromException<WeatherObservation>(new HttpRequestException("Connection refused (the weather service is down in this test)"));
}
