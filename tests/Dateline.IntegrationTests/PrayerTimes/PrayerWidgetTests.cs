using System.Text.Json;
using Dateline.IntegrationTests.Infrastructure;

namespace Dateline.IntegrationTests.PrayerTimes;

public sealed class PrayerWidgetTests(DatelineFactory factory) : IClassFixture<DatelineFactory>
{
    private static readonly string[] Names = ["fajr", "sunrise", "dhuhr", "asr", "maghrib", "isha"];

    [Fact]
    public async Task The_header_embeds_todays_and_tomorrows_times_for_the_default_city()
    {
        var client = factory.CreateClient();
        var (_, page) = await HtmlPage.GetAsync(client, "/en");
        var widget = page.QuerySelector("details[data-widget='prayer']");

        Assert.NotNull(widget);
        Assert.Equal("sharjah", widget.GetAttribute("data-city"));
        var date = widget.GetAttribute("data-date")!;
        using var api = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/prayer-times?city=sharjah&date={date}"));
        Assert.Equal(string.Join(',', Names.Select(n => api.RootElement.GetProperty(n).GetString())), widget.GetAttribute("data-today"));
        var tomorrow = DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).AddDays(1);
        using var next = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/prayer-times?city=sharjah&date={tomorrow:yyyy-MM-dd}"));
        Assert.Equal(string.Join(',', Names.Select(n => next.RootElement.GetProperty(n).GetString())), widget.GetAttribute("data-tomorrow"));

        // An accessible disclosure that works without script: a summary naming the next prayer, then the six times.
        var summary = widget.QuerySelector("summary");
        Assert.NotNull(summary);
        Assert.Equal("Prayer times", summary.QuerySelector("svg[role='img']")?.GetAttribute("aria-label"));
        Assert.Contains("Next prayer:", summary.TextContent, StringComparison.Ordinal);
        Assert.Equal(
            ["Fajr", "Sunrise", "Dhuhr", "Asr", "Maghrib", "Isha"],
            widget.QuerySelectorAll(".prayer-list .prayer-name").Select(e => e.TextContent.Trim()));
        Assert.Single(widget.QuerySelectorAll(".prayer-item.is-next"));
        Assert.Equal("/en/prayer-times?city=sharjah", widget.QuerySelector("[data-timetable-link]")?.GetAttribute("href"));
        Assert.Equal(15, widget.QuerySelectorAll("select[data-city-select] option").Length);
        Assert.Empty(factory.Warnings);
    }

    [Fact]
    public async Task The_arabic_edition_uses_arabic_prayer_and_city_names()
    {
        var (_, page) = await HtmlPage.GetAsync(factory.CreateClient(), "/ar");
        var widget = page.QuerySelector("details[data-widget='prayer']")!;

        Assert.Equal(
            ["الفجر", "الشروق", "الظهر", "العصر", "المغرب", "العشاء"],
            widget.QuerySelectorAll(".prayer-list .prayer-name").Select(e => e.TextContent.Trim()));
        Assert.Equal("الشارقة", widget.QuerySelector("[data-city-name]")?.TextContent);
        Assert.Equal("مواقيت الصلاة", widget.QuerySelector("summary svg")?.GetAttribute("aria-label"));
        Assert.Matches(@"^[0-9]{1,2}:[0-9]{2} (ص|م)$", widget.QuerySelector("[data-next-time]")!.TextContent);
        Assert.Equal("/ar/prayer-times?city=sharjah", widget.QuerySelector("[data-timetable-link]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Cached_pages_show_the_default_city_whatever_city_the_reader_chose()
    {
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/en");
        request.Headers.Add("Cookie", "dl_city=fujairah");

        var response = await client.SendAsync(request);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal("sharjah", page.QuerySelector("details[data-widget='prayer']")?.GetAttribute("data-city"));
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task The_header_widgets_need_no_inline_script_or_style()
    {
        var (response, page) = await HtmlPage.GetAsync(factory.CreateClient(), "/en");
        var header = page.QuerySelector(".topbar")!;

        Assert.Empty(header.QuerySelectorAll("[style]"));
        Assert.Empty(header.QuerySelectorAll("script"));
        // Structured data blocks are data, never run (the CSP has no 'unsafe-inline'); every other script is a file.
        Assert.Empty(page.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));
        var widgetsScript = page.QuerySelector("script[src*='widgets']");
        Assert.NotNull(widgetsScript);
        Assert.True(widgetsScript.HasAttribute("defer"));
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var script = await factory.CreateClient().GetAsync(widgetsScript.GetAttribute("src"));
        Assert.Equal(System.Net.HttpStatusCode.OK, script.StatusCode);
    }
}
