using Dateline.PrayerTimes;
using Dateline.Web.Features.Weather;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Dateline.Tests.Weather;

public sealed class WeatherRefreshTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 8, 14, 9, 45, 0, TimeSpan.Zero));

    [Fact]
    public async Task One_failing_city_does_not_stop_the_others()
    {
        var provider = new ScriptedProvider { Failing = { UaeCities.All[1].Coordinates } };
        var (refresh, reports) = Create(provider, new WeatherOptions { Cities = ["sharjah", "dubai", "ajman"] });

        var refreshed = await refresh.RunOnceAsync();

        Assert.Equal(2, refreshed);
        Assert.NotNull(reports.Find(UaeCities.Sharjah));
        Assert.Null(reports.Find(UaeCities.All[1]));
        Assert.True(UaeCities.TryFind("ajman", out var ajman));
        Assert.NotNull(reports.Find(ajman));
    }

    [Fact]
    public async Task A_failed_refresh_keeps_the_last_value_and_marks_it_stale_then_drops_it_after_six_hours()
    {
        var provider = new ScriptedProvider();
        var (refresh, reports) = Create(provider, new WeatherOptions { Cities = ["sharjah"] });
        await refresh.RunOnceAsync();

        provider.Failing.Add(UaeCities.Sharjah.Coordinates);
        _time.Advance(TimeSpan.FromMinutes(45));
        await refresh.RunOnceAsync();

        var stale = reports.Find(UaeCities.Sharjah);
        Assert.NotNull(stale);
        Assert.True(stale.IsStale);
        Assert.Equal(TimeSpan.FromMinutes(45), stale.Age);
        Assert.Equal(30.5, stale.Observation.TemperatureC);

        _time.Advance(TimeSpan.FromHours(5.5));
        Assert.Null(reports.Find(UaeCities.Sharjah));
    }

    [Fact]
    public async Task A_fresh_value_is_not_stale()
    {
        var (refresh, reports) = Create(new ScriptedProvider(), new WeatherOptions { Cities = ["sharjah"] });
        await refresh.RunOnceAsync();
        _time.Advance(TimeSpan.FromMinutes(10));

        var report = reports.Find(UaeCities.Sharjah);

        Assert.NotNull(report);
        Assert.False(report.IsStale);
        Assert.Equal(WeatherCondition.PartlyCloudy, report.Condition);
        Assert.Equal("partly-cloudy-day", report.IconKey);
    }

    [Fact]
    public async Task Every_city_is_refreshed_when_none_are_configured()
    {
        var provider = new ScriptedProvider();
        var (refresh, _) = Create(provider, new WeatherOptions());

        Assert.Equal(UaeCities.All.Count, await refresh.RunOnceAsync());
        Assert.Equal(UaeCities.All.Count, provider.Calls);
    }

    private (WeatherRefresh Refresh, WeatherReports Reports) Create(IWeatherProvider provider, WeatherOptions options)
    {
        var services = new ServiceCollection().AddSingleton(provider).BuildServiceProvider();
        var reports = new WeatherReports(Options.Create(options), _time);
        var refresh = new WeatherRefresh(
            services.GetRequiredService<IServiceScopeFactory>(), reports, Options.Create(options), _time, NullLogger<WeatherRefresh>.Instance);
        return (refresh, reports);
    }

    private sealed class ScriptedProvider : IWeatherProvider
    {
        public HashSet<Coordinates> Failing { get; } = [];

        public int Calls { get; private set; }

        public string Name => "scripted";

        public Task<WeatherObservation> GetCurrentAsync(Coordinates coordinates, CancellationToken cancellationToken)
        {
            Calls++;
            return Failing.Contains(coordinates)
                ? Task.FromException<WeatherObservation>(new HttpRequestException("Connection refused"))
                : Task.FromResult(new WeatherObservation(30.5, 2, true, DateTimeOffset.UnixEpoch, Name));
        }
    }
}
