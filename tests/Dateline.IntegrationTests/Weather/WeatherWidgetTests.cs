using System.Diagnostics;
using System.Net;
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
