using Dateline.PrayerTimes;

namespace Dateline.Web.Features.Weather;

/// <summary>A source of current conditions. Only <see cref="WeatherRefresh"/> calls it, never a page or the API.</summary>
public interface IWeatherProvider
{
    /// <summary>Short id shown as <c>source</c> in the API, e.g. "open-meteo".</summary>
    string Name { get; }

    /// <summary>Current conditions at the coordinates; throws when the provider fails or answers nonsense.</summary>
    Task<WeatherObservation> GetCurrentAsync(Coordinates coordinates, CancellationToken cancellationToken);
}
