using Dateline.PrayerTimes;
using Dateline.Web.Infrastructure.Telemetry;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.Weather;

/// <summary>
/// Fetches current conditions for every configured city on start and then every <see cref="WeatherOptions.RefreshInterval"/>.
/// A city that fails keeps its previous value (shown as stale until it expires); one failing city never stops the others.
/// </summary>
public sealed class WeatherRefresh(
    IServiceScopeFactory scopes,
    WeatherReports reports,
    IOptions<WeatherOptions> options,
    TimeProvider time,
    ILogger<WeatherRefresh> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.BackgroundRefresh)
        {
            logger.LogInformation("Weather background refresh is off (Weather:BackgroundRefresh); the widget shows only what RunOnceAsync stores");
            return;
        }

        using var timer = new PeriodicTimer(options.Value.RefreshInterval, time);
        try
        {
            do
            {
                await RunOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One pass over the cities; returns how many were refreshed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var cities = options.Value.Cities is { Length: > 0 } ids
            ? UaeCities.All.Where(c => ids.Contains(c.Id, StringComparer.OrdinalIgnoreCase)).ToList()
            : [.. UaeCities.All];

        using var activity = DatelineTelemetry.Source.StartActivity("weather.refresh");
        await using var scope = scopes.CreateAsyncScope();
        var provider = scope.ServiceProvider.GetRequiredService<IWeatherProvider>();
        var refreshed = 0;
        Exception? firstFailure = null;
        foreach (var city in cities)
        {
            try
            {
                reports.Store(city, await provider.GetCurrentAsync(city.Coordinates, cancellationToken));
                refreshed++;
                DatelineTelemetry.WeatherRefreshes.Add(1, new KeyValuePair<string, object?>("outcome", "refreshed"));
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                firstFailure ??= ex;
                DatelineTelemetry.WeatherRefreshes.Add(1, new KeyValuePair<string, object?>("outcome", "failed"));
                logger.LogDebug(ex, "Weather for {City} could not be refreshed", city.Id);
            }
        }

        if (firstFailure is not null)
        {
            // One warning per pass rather than per city: a provider outage would otherwise log every city every 15 minutes.
            logger.LogWarning(
                "Weather refresh from {Provider}: {Failed} of {Total} cities failed ({Reason}); their last values stay until they expire",
                provider.Name, cities.Count - refreshed, cities.Count, firstFailure.GetType().Name + ": " + firstFailure.Message);
        }

        return refreshed;
    }
}
