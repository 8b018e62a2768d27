using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.PrayerTimes;
using Dateline.Web.Features.Weather;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.Weather;

public sealed class WeatherWidgetTests
{
    [Fact]
    public async Task With_nothing_known_the_widget_is_rendered_hidden()
    {
        await using var site = new DatelineFactory();

        var (_, page) = await HtmlPage.GetAsync(site.CreateClient(), "/en");
        var widget = page.QuerySelector("[data-widget='weather']");

        Assert.NotNull(widget);
        Assert.True(widget.HasAttribute("hidden"));
    }

    [Fact]
    public async Task A_known_observation_shows_icon_temperature_condition_and_the_credit_line()
    {
        await using var site = new DatelineFactory();
        site.Services.GetRequiredService<WeatherReports>().Store(
            UaeCities.Sharjah, new WeatherObservation(24.6, 61, false, DateTimeOffset.UtcNow, "open-meteo"));

        var (_, english) = await HtmlPage.GetAsync(site.CreateClient(), "/en");
        var (_, arabic) = await HtmlPage.GetAsync(site.CreateClient(), "/ar");
        var widget = english.QuerySelector("[data-widget='weather']")!;

        Assert.False(widget.HasAttribute("hidden"));
        Assert.Equal("25°C", widget.QuerySelector("summary [data-weather-temp]")?.TextContent);
        var icon = widget.QuerySelector("summary svg[role='img']");
        Assert.Equal("rain", icon?.GetAttribute("data-icon"));
        Assert.Equal("Rain: slight", icon?.GetAttribute("aria-label"));
        var credit = widget.QuerySelector(".weather-credit a");
        Assert.Equal("Weather data by Open-Meteo.com", credit?.TextContent);
        Assert.StartsWith("https://open-meteo.com", credit?.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("مطر خفيف", arabic.QuerySelector("[data-widget='weather'] [data-weather-description]")?.TextContent);
        Assert.Equal("الشارقة", arabic.QuerySelector("[data-widget='weather'] [data-city-name]")?.TextContent);
    }

    [Fact]
    public async Task Without_a_reading_the_widget_endpoint_answers_200_no_reading_while_the_api_still_answers_503()
    {
        await using var site = new DatelineFactory();
        var client = site.CreateClient();

        var widget = await client.GetAsync("/widgets/weather?city=sharjah&lang=en");
        var api = await client.GetAsync("/api/v1/weather?city=sharjah");

        Assert.Equal(HttpStatusCode.OK, widget.StatusCode);
        using var json = JsonDocument.Parse(await widget.Content.ReadAsStringAsync());
        Assert.False(json.RootElement.GetProperty("available").GetBoolean());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("reading").ValueKind);
        Assert.Equal("public, max-age=60", widget.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
    }

    [Fact]
    public async Task With_a_reading_the_widget_endpoint_gives_it_in_the_readers_language()
    {
        await using var site = new DatelineFactory();
        site.Services.GetRequiredService<WeatherReports>().Store(
            UaeCities.All.Single(c => c.Id == "fujairah"), new WeatherObservation(24.6, 61, true, DateTimeOffset.UtcNow, "open-meteo"));

        using var json = JsonDocument.Parse(await site.CreateClient().GetStringAsync("/widgets/weather?city=fujairah&lang=ar"));
        var reading = json.RootElement.GetProperty("reading");

        Assert.True(json.RootElement.GetProperty("available").GetBoolean());
        Assert.Equal("fujairah", reading.GetProperty("city").GetString());
        Assert.Equal(24.6, reading.GetProperty("temperatureC").GetDouble());
        Assert.Equal("مطر خفيف", reading.GetProperty("description").GetString());
    }

    [Theory]
    [InlineData("/widgets/weather?city=atlantis", "Unknown city 'atlantis'")]
    [InlineData("/widgets/weather?city=sharjah&lang=fr", "Unknown language 'fr'")]
    public async Task The_widget_endpoint_refuses_bad_input_with_a_clear_400(string path, string message)
    {
        await using var site = new DatelineFactory();

        var response = await site.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rendering_a_page_never_waits_for_the_provider()
    {
        await using var provider = await FakeOpenMeteo.StartAsync(FakeOpenMeteo.Behaviour.Slow);
        await using var site = new DatelineFactory();
        site.Settings["Weather:OpenMeteo:BaseUrl"] = provider.Url;
        site.Settings["Weather:BackgroundRefresh"] = "true";
        site.Settings["Caching:OutputCache"] = "false";
        var client = site.CreateClient();
        await client.GetAsync("/en");
        for (var i = 0; i < 50 && provider.Requests == 0; i++)
        {
            await Task.Delay(50);
        }

        var watch = Stopwatch.StartNew();
        var response = await client.GetAsync("/ar");
        watch.Stop();

        Assert.True(provider.Requests > 0, "The background refresh should be waiting on the slow provider.");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1.5), $"The page took {watch.Elapsed.TotalMilliseconds:0} ms while the provider was hanging.");
    }
}
