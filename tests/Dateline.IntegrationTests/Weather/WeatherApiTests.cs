using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Weather;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dateline.IntegrationTests.Weather;

public sealed class WeatherApiTests
{
    [Fact]
    public async Task Current_weather_comes_from_the_provider_once_refreshed()
    {
        await using var provider = await FakeOpenMeteo.StartAsync();
        await using var site = Site(provider.Url);
        var client = site.CreateClient();

        var refreshed = await site.Services.GetRequiredService<WeatherRefresh>().RunOnceAsync();
        var response = await client.GetAsync("/api/v1/weather?city=sharjah");

        Assert.Equal(1, refreshed);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=300", response.Headers.CacheControl?.ToString());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var body = json.RootElement;
        Assert.Equal("sharjah", body.GetProperty("city").GetString());
        Assert.Equal(41.3, body.GetProperty("temperatureC").GetDouble());
        Assert.Equal("partly-cloudy", body.GetProperty("condition").GetString());
        Assert.True(body.GetProperty("isDay").GetBoolean());
        Assert.Equal("2025-08-14T13:45:00+04:00", body.GetProperty("observedAt").GetString());
        Assert.Equal("open-meteo", body.GetProperty("source").GetString());
        Assert.Equal("Mainly clear", body.GetProperty("description").GetString());
        Assert.Equal("partly-cloudy-day", body.GetProperty("icon").GetString());
        Assert.False(body.GetProperty("stale").GetBoolean());
        Assert.Equal(1, provider.Requests);
        Assert.Empty(site.Warnings);
    }

    [Fact]
    public async Task Arabic_description_is_given_for_lang_ar()
    {
        await using var provider = await FakeOpenMeteo.StartAsync();
        await using var site = Site(provider.Url);
        await site.Services.GetRequiredService<WeatherRefresh>().RunOnceAsync();

        using var json = JsonDocument.Parse(await site.CreateClient().GetStringAsync("/api/v1/weather?city=SHARJAH&lang=ar"));

        Assert.Equal("صافٍ في الغالب", json.RootElement.GetProperty("description").GetString());
    }

    [Fact]
    public async Task With_nothing_known_the_answer_is_503_with_a_clear_message()
    {
        await using var site = Site(FakeOpenMeteo.Down());

        var response = await site.CreateClient().GetAsync("/api/v1/weather?city=dubai");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.NotNull(response.Headers.RetryAfter);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("No current weather is known for Dubai", json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("city=atlantis", "Unknown city 'atlantis'")]
    [InlineData("city=sharjah&lang=fr", "Unknown language 'fr'")]
    public async Task Bad_input_is_a_400_problem(string query, string detail)
    {
        await using var site = Site(FakeOpenMeteo.Down());

        var response = await site.CreateClient().GetAsync("/api/v1/weather?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(detail, json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(FakeOpenMeteo.Behaviour.Slow)]
    [InlineData(FakeOpenMeteo.Behaviour.Malformed)]
    [InlineData(FakeOpenMeteo.Behaviour.ServerError)]
    public async Task A_misbehaving_provider_leaves_the_widget_hidden_without_an_error(FakeOpenMeteo.Behaviour behaviour)
    {
        await using var provider = await FakeOpenMeteo.StartAsync(behaviour);
        await using var site = Site(provider.Url);

        var refresh = site.Services.GetRequiredService<WeatherRefresh>();
        var watch = Stopwatch.StartNew();
        var refreshed = await refresh.RunOnceAsync();
        watch.Stop();
        var response = await site.CreateClient().GetAsync("/api/v1/weather?city=sharjah");

        Assert.Equal(0, refreshed);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains(site.Warnings, w => w.Contains("Weather refresh from open-meteo: 1 of 1 cities failed", StringComparison.Ordinal));
        if (behaviour == FakeOpenMeteo.Behaviour.Slow)
        {
            // Two attempts (one retry) of 2 s each, not the provider's 5 s per answer.
            Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(3.9), TimeSpan.FromSeconds(9));
        }
        else
        {
            // A 500 is retried once; a 200 with a bad body is not worth retrying.
            Assert.Equal(behaviour == FakeOpenMeteo.Behaviour.ServerError ? 2 : 1, provider.Requests);
        }
    }

    [Fact]
    public async Task A_provider_that_is_down_fails_fast()
    {
        await using var site = Site(FakeOpenMeteo.Down());

        var refresh = site.Services.GetRequiredService<WeatherRefresh>();
        var watch = Stopwatch.StartNew();
        var refreshed = await refresh.RunOnceAsync();

        Assert.Equal(0, refreshed);
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        Assert.Contains(site.Warnings, w => w.Contains("cities failed", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await site.CreateClient().GetAsync("/api/v1/weather")).StatusCode);
    }

    [Fact]
    public async Task During_an_outage_the_last_value_is_served_as_stale_for_six_hours()
    {
        await using var provider = await FakeOpenMeteo.StartAsync();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var site = Site(provider.Url);
        await using var timed = site.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var refresh = timed.Services.GetRequiredService<WeatherRefresh>();
        var client = timed.CreateClient();
        await refresh.RunOnceAsync();

        // Malformed rather than a 500: the resilience pipeline waits on the app's TimeProvider too, and with a fake
        // clock a retry delay would never end. A 200 with a bad body is not retried.
        provider.Mode = FakeOpenMeteo.Behaviour.Malformed;
        clock.Advance(TimeSpan.FromMinutes(45));
        await refresh.RunOnceAsync();
        using var stale = JsonDocument.Parse(await client.GetStringAsync("/api/v1/weather?city=sharjah"));

        Assert.True(stale.RootElement.GetProperty("stale").GetBoolean());
        Assert.Equal(45 * 60, stale.RootElement.GetProperty("ageSeconds").GetInt64());
        Assert.Equal(41.3, stale.RootElement.GetProperty("temperatureC").GetDouble());

        clock.Advance(TimeSpan.FromHours(5.5));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/api/v1/weather?city=sharjah")).StatusCode);
    }

    [Fact]
    public async Task Failures_are_retried_and_then_the_circuit_opens_so_the_rest_of_a_sweep_fails_fast()
    {
        await using var provider = await FakeOpenMeteo.StartAsync(FakeOpenMeteo.Behaviour.ServerError);
        await using var site = Site(provider.Url, retries: 2, "sharjah", "dubai", "ajman", "fujairah", "hatta", "kalba");

        var refreshed = await site.Services.GetRequiredService<WeatherRefresh>().RunOnceAsync();

        Assert.Equal(0, refreshed);
        // Without retries the first city would be asked once; without the breaker all six would be asked three times.
        Assert.InRange(provider.Requests, 3, (6 * 3) - 1);
        Assert.Contains(site.Warnings, w => w.Contains("6 of 6 cities failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_background_refresh_fills_the_cache_soon_after_start()
    {
        await using var provider = await FakeOpenMeteo.StartAsync();
        await using var site = Site(provider.Url);
        site.Settings["Weather:BackgroundRefresh"] = "true";
        var client = site.CreateClient();

        var status = HttpStatusCode.ServiceUnavailable;
        for (var i = 0; i < 50 && status != HttpStatusCode.OK; i++)
        {
            await Task.Delay(100);
            status = (await client.GetAsync("/api/v1/weather?city=sharjah")).StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(site.Warnings);
    }

    private static DatelineFactory Site(string providerUrl, int retries = 1, params string[] cities)
    {
        var site = new DatelineFactory();
        site.Settings["Weather:OpenMeteo:BaseUrl"] = providerUrl;
        site.Settings["Weather:OpenMeteo:MaxRetryAttempts"] = retries.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var list = cities.Length == 0 ? ["sharjah"] : cities;
        for (var i = 0; i < list.Length; i++)
        {
            site.Settings[$"Weather:Cities:{i}"] = list[i];
        }

        return site;
    }
}
