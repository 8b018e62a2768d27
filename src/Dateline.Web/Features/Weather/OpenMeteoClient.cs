using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dateline.PrayerTimes;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.Weather;

/// <summary>
/// Open-Meteo's forecast API (<c>/v1/forecast?current=temperature_2m,weather_code,is_day</c>). Timeouts, retries
/// and the circuit breaker come from the resilience handler configured in <see cref="WeatherModule"/>.
/// </summary>
public sealed class OpenMeteoClient(HttpClient http, IOptions<WeatherOptions> options) : IWeatherProvider
{
    public const string ProviderName = "open-meteo";

    public string Name => ProviderName;

    public async Task<WeatherObservation> GetCurrentAsync(Coordinates coordinates, CancellationToken cancellationToken)
    {
        var settings = options.Value.OpenMeteo;
        var query = string.Create(
            CultureInfo.InvariantCulture,
            $"v1/forecast?latitude={coordinates.Latitude:0.####}&longitude={coordinates.Longitude:0.####}&current=temperature_2m,weather_code,is_day&timezone={Uri.EscapeDataString(UaeCities.TimeZoneId)}");
        if (!string.IsNullOrWhiteSpace(settings.ApiKey))
        {
            query += "&apikey=" + Uri.EscapeDataString(settings.ApiKey);
        }

        using var response = await http.GetAsync(query, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new WeatherProviderException($"Open-Meteo answered {(int)response.StatusCode} {response.ReasonPhrase}.");
        }

        ForecastResponse? body;
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            body = await JsonSerializer.DeserializeAsync<ForecastResponse>(stream, cancellationToken: cancellationToken);
        }
        catch (JsonException ex)
        {
            throw new WeatherProviderException("Open-Meteo answered with malformed JSON.", ex);
        }

        if (body?.Current is not { Time: { } time, Temperature: { } temperature, WeatherCode: { } code, IsDay: { } isDay })
        {
            throw new WeatherProviderException("Open-Meteo's answer lacks current time, temperature_2m, weather_code or is_day.");
        }

        if (!DateTime.TryParseExact(time, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            || body.UtcOffsetSeconds is not { } offsetSeconds || Math.Abs(offsetSeconds) > 14 * 3600
            || !double.IsFinite(temperature) || temperature is < -100 or > 70)
        {
            throw new WeatherProviderException($"Open-Meteo's current values are out of range (time '{time}', temperature {temperature}).");
        }

        return new WeatherObservation(
            Math.Round(temperature, 1),
            code,
            isDay == 1,
            new DateTimeOffset(local, TimeSpan.FromSeconds(offsetSeconds)),
            ProviderName);
    }

    private sealed record ForecastResponse(
        [property: JsonPropertyName("utc_offset_seconds")] int? UtcOffsetSeconds,
        [property: JsonPropertyName("current")] CurrentValues? Current);

    private sealed record CurrentValues(
        [property: JsonPropertyName("time")] string? Time,
        [property: JsonPropertyName("temperature_2m")] double? Temperature,
        [property: JsonPropertyName("weather_code")] int? WeatherCode,
        [property: JsonPropertyName("is_day")] int? IsDay);
}
