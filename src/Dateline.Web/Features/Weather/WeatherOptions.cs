using System.ComponentModel.DataAnnotations;
using Dateline.PrayerTimes;

namespace Dateline.Web.Features.Weather;

/// <summary>Current-weather settings, bound from the <c>Weather</c> section.</summary>
public sealed class WeatherOptions : IValidatableObject
{
    public const string SectionName = "Weather";

    /// <summary>Which provider fills the cache; <c>open-meteo</c> is the only one so far.</summary>
    public string Provider { get; set; } = OpenMeteoClient.ProviderName;

    /// <summary>
    /// Run <see cref="WeatherRefresh"/> in the background. Off in tests and benchmarks, which call
    /// <c>RunOnceAsync</c> themselves (or leave the widget hidden), and on web-only nodes that share no cache.
    /// </summary>
    public bool BackgroundRefresh { get; set; } = true;

    /// <summary>How often every city is fetched again; Open-Meteo's current values change every 15 minutes.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>After this the widget marks the value as not current; it still shows it.</summary>
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>After this a value is dropped and, with nothing newer, the widget hides itself.</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromHours(6);

    /// <summary>City slugs to keep current; empty means every UAE city.</summary>
    public string[] Cities { get; set; } = [];

    public OpenMeteoOptions OpenMeteo { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.Equals(Provider, OpenMeteoClient.ProviderName, StringComparison.OrdinalIgnoreCase))
        {
            yield return new ValidationResult($"Weather:Provider '{Provider}' is not supported; use '{OpenMeteoClient.ProviderName}'.", [nameof(Provider)]);
        }

        if (RefreshInterval < TimeSpan.FromMinutes(1))
        {
            yield return new ValidationResult("Weather:RefreshInterval must be at least one minute.", [nameof(RefreshInterval)]);
        }

        if (StaleAfter <= TimeSpan.Zero || MaxAge < StaleAfter)
        {
            yield return new ValidationResult("Weather:StaleAfter must be positive and no longer than Weather:MaxAge.", [nameof(StaleAfter)]);
        }

        foreach (var id in Cities.Where(id => !UaeCities.TryFind(id, out _)))
        {
            yield return new ValidationResult($"Weather:Cities names an unknown city '{id}'.", [nameof(Cities)]);
        }

        if (!Uri.TryCreate(OpenMeteo.BaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            yield return new ValidationResult($"Weather:OpenMeteo:BaseUrl '{OpenMeteo.BaseUrl}' must be an absolute http(s) URL.", ["OpenMeteo.BaseUrl"]);
        }

        if (OpenMeteo.AttemptTimeout <= TimeSpan.Zero || OpenMeteo.AttemptTimeout > TimeSpan.FromSeconds(30))
        {
            yield return new ValidationResult("Weather:OpenMeteo:AttemptTimeout must be between 0 and 30 seconds.", ["OpenMeteo.AttemptTimeout"]);
        }

        if (OpenMeteo.MaxRetryAttempts is < 1 or > 5)
        {
            yield return new ValidationResult("Weather:OpenMeteo:MaxRetryAttempts must be between 1 and 5.", ["OpenMeteo.MaxRetryAttempts"]);
        }
    }
}
