using System.Net;
using Dateline.IntegrationTests.Infrastructure;

namespace Dateline.IntegrationTests.PrayerTimes;

public sealed class PrayerTimesPageTests(DatelineFactory factory) : IClassFixture<DatelineFactory>
{
    [Fact]
    public async Task Choosing_a_city_shows_its_times_and_remembers_it_in_a_cookie()
    {
        var client = factory.CreateClient(new() { HandleCookies = false });

        var (response, page) = await HtmlPage.GetAsync(client, "/en/prayer-times?city=dubai");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Dubai", page.TestId("prayer-page-city"));
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("dl_city=dubai;", cookie, StringComparison.Ordinal);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.True(response.Headers.CacheControl?.Private);
        Assert.Equal(6, page.QuerySelectorAll("[data-testid='prayer-page-day'] tbody tr").Length);
        Assert.Equal(15, page.QuerySelectorAll("[data-testid='prayer-page-cities'] tbody tr").Length);
        Assert.Equal("/en/prayer-times?city=khor-fakkan", page.QuerySelector("[data-testid='prayer-page-cities'] a[href$='khor-fakkan']")?.GetAttribute("href"));
        Assert.Equal("/ar/prayer-times?city=dubai", page.QuerySelector("[data-testid='edition-switch']")?.GetAttribute("href"));
        Assert.Empty(factory.Warnings);
    }

    [Fact]
    public async Task Without_a_choice_the_page_shows_the_remembered_city_and_sets_nothing()
    {
        var client = factory.CreateClient(new() { HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/en/prayer-times");
        request.Headers.Add("Cookie", "dl_city=ajman");

        var response = await client.SendAsync(request);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal("Ajman", page.QuerySelector("[data-testid='prayer-page-city']")?.TextContent);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task An_unknown_city_falls_back_to_the_default_without_a_cookie()
    {
        var (response, page) = await HtmlPage.GetAsync(factory.CreateClient(new() { HandleCookies = false }), "/en/prayer-times?city=atlantis");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Sharjah", page.TestId("prayer-page-city"));
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task The_arabic_page_uses_arabic_names()
    {
        var (_, page) = await HtmlPage.GetAsync(factory.CreateClient(new() { HandleCookies = false }), "/ar/prayer-times?city=fujairah");

        Assert.Equal("الفجيرة", page.TestId("prayer-page-city"));
        Assert.Equal("الفجر", page.QuerySelector("[data-testid='prayer-page-day'] tbody th")?.TextContent);
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
    }

    [Fact]
    public async Task An_unknown_edition_is_not_found()
    {
        var response = await factory.CreateClient().GetAsync("/xx/prayer-times");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
