namespace Dateline.Web.Features.Weather;

/// <summary>The Open-Meteo forecast API, under <c>Weather:OpenMeteo</c>.</summary>
public sealed class OpenMeteoOptions
{
    /// <summary>
    /// API root; <c>/v1/forecast</c> is appended. Tests point it at a local fake. Commercial plans use
    /// <c>https://customer-api.open-meteo.com/</c> with <see cref="ApiKey"/>.
    /// </summary>
    public string BaseUrl { get; set; } = "https://api.open-meteo.com/";

    /// <summary>Key for a paid plan; the free API is for non-commercial use only.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Time allowed for one attempt before it is abandoned and retried.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(2);

    public int MaxRetryAttempts { get; set; } = 2;
}
