using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dateline.BrowserTests.Infrastructure;
using Dateline.PrayerTimes;
using Dateline.Web.Features.Weather;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dateline.BrowserTests.PrayerTimes;

/// <summary>
/// The header's prayer-times and weather widgets on the seed article at phone size: they render, expand, and follow
/// the reader's choice of city (kept in the dl_city cookie) although the page itself is cached alike for everyone.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed partial class HeaderWidgetsTests(SiteFixture site)
{
    private const int PhoneWidth = 390;

    [SkippableFact]
    public Task Widgets_render_expand_and_switch_city_on_the_seed_article_at_phone_size() =>
        site.OnPageAsync(Viewports.Phone(), async page =>
        {
            // The site's stand-in forecast is the same everywhere; give one city its own, as the refresh would.
            var fujairah = RainInFujairah();
            var errors = new List<string>();
            page.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    errors.Add(message.Text);
                }
            };
            page.PageError += (_, error) => errors.Add(error);

            await page.GotoAsync(await site.SeedArticlePathAsync());
            var prayer = page.GetByTestId("prayer-widget");
            var weather = page.GetByTestId("weather-widget");

            await Expect(page.GetByTestId("hijri-date")).ToContainTextAsync(" AH");
            await Expect(prayer.Locator("summary")).ToBeVisibleAsync();
            await Expect(prayer.Locator("[data-next-time]")).ToHaveTextAsync(TwelveHourClock());
            await Expect(weather.Locator("summary")).ToBeVisibleAsync();
            await Expect(weather.Locator("summary [data-weather-temp]")).ToHaveTextAsync(Temperature());

            // Expanding shows today's five prayers and sunrise, inside the screen.
            var times = prayer.Locator(".prayer-item");
            await Expect(times.First).ToBeHiddenAsync();
            await prayer.Locator("summary").ClickAsync();
            await Expect(times).ToHaveCountAsync(6);
            await Expect(times.First).ToBeVisibleAsync();
            await Expect(prayer.Locator(".prayer-item.is-next")).ToHaveCountAsync(1);
            await AssertInsideScreenAsync(prayer.Locator(".widget-panel"));

            // With the script, choosing a city applies at once: the no-script "Show" button is not offered.
            await Expect(prayer.GetByRole(AriaRole.Button, new() { Name = "Show" })).ToBeHiddenAsync();

            // Choosing a city refreshes both widgets from the JSON endpoints and remembers the choice.
            await prayer.GetByLabel("City").SelectOptionAsync(fujairah.Id);
            await Expect(prayer).ToHaveAttributeAsync("data-city", fujairah.Id);
            await Expect(prayer.Locator("[data-city-name]")).ToHaveTextAsync("Fujairah");
            var date = await prayer.GetAttributeAsync("data-date");
            var expected = await page.APIRequest.GetAsync($"/api/v1/prayer-times?city={fujairah.Id}&date={date}");
            using (var json = JsonDocument.Parse(await expected.TextAsync()))
            {
                await Expect(prayer.Locator("[data-prayer=fajr] .prayer-time")).ToHaveTextAsync(Display(json.RootElement.GetProperty("fajr").GetString()!));
                await Expect(prayer.Locator("[data-prayer=isha] .prayer-time")).ToHaveTextAsync(Display(json.RootElement.GetProperty("isha").GetString()!));
            }

            await Expect(weather.Locator("summary [data-weather-temp]")).ToHaveTextAsync("25°C");
            await Expect(weather.Locator("summary svg")).ToHaveAttributeAsync("data-icon", "rain");
            await Expect(weather.Locator("summary svg")).ToHaveAttributeAsync("aria-label", "Rain: slight");
            await Expect(weather.Locator("[data-city-name]")).ToHaveTextAsync("Fujairah");
            var cookie = (await page.Context.CookiesAsync()).Single(c => c.Name == "dl_city");
            Assert.Equal(fujairah.Id, cookie.Value);

            // The next page view comes from the same cached HTML, and the script brings the reader's city back.
            await page.ReloadAsync();
            await Expect(prayer.Locator("[data-city-name]")).ToHaveTextAsync("Fujairah");
            await Expect(prayer.GetByLabel("City")).ToHaveValueAsync(fujairah.Id);
            await Expect(weather.Locator("summary [data-weather-temp]")).ToHaveTextAsync("25°C");

            // The weather panel has its own city picker, which only works with the script.
            await weather.Locator("summary").ClickAsync();
            await Expect(weather.GetByLabel("City")).ToBeVisibleAsync();
            await Expect(weather.GetByLabel("City")).ToHaveValueAsync(fujairah.Id);
            Assert.Empty(errors);
        });

    [SkippableFact]
    public Task Without_script_the_prayer_widget_still_expands_and_its_form_leads_to_the_timetable()
    {
        var phone = Viewports.Phone();
        phone.JavaScriptEnabled = false;
        return site.OnPageAsync(phone, async page =>
        {
            await page.GotoAsync(await site.SeedArticlePathAsync());
            var prayer = page.GetByTestId("prayer-widget");
            var weather = page.GetByTestId("weather-widget");

            // The weather panel's city picker needs the script, so without it the panel does not offer one.
            await weather.Locator("summary").ClickAsync();
            await Expect(weather.Locator(".weather-credit a")).ToBeVisibleAsync();
            await Expect(weather.Locator(".widget-city-form")).ToBeHiddenAsync();

            await prayer.Locator("summary").ClickAsync();
            await Expect(prayer.Locator(".prayer-item")).ToHaveCountAsync(6);
            await Expect(prayer.Locator("[data-city-name]")).ToHaveTextAsync("Sharjah");

            await prayer.GetByLabel("City").SelectOptionAsync("kalba");
            await prayer.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex("/en/prayer-times\\?city=kalba$"));
            await Expect(page.GetByTestId("prayer-page-city")).ToHaveTextAsync("Kalba");
            await Expect(page.GetByTestId("prayer-page-cities").Locator("tbody tr")).ToHaveCountAsync(UaeCities.All.Count);
            Assert.Equal("kalba", (await page.Context.CookiesAsync()).Single(c => c.Name == "dl_city").Value);
        });
    }

    [SkippableFact]
    public Task The_arabic_edition_shows_arabic_names_and_opens_panels_inside_the_screen() =>
        site.OnPageAsync(Viewports.Phone(), async page =>
        {
            await page.GotoAsync("/ar");
            var prayer = page.GetByTestId("prayer-widget");
            var weather = page.GetByTestId("weather-widget");

            await prayer.Locator("summary").ClickAsync();
            await Expect(prayer.Locator(".prayer-name").First).ToHaveTextAsync("الفجر");
            await Expect(prayer.Locator("[data-city-name]")).ToHaveTextAsync("الشارقة");
            await AssertInsideScreenAsync(prayer.Locator(".widget-panel"));

            // Opening one panel closes the other.
            await weather.Locator("summary").ClickAsync();
            await Expect(weather.Locator(".weather-credit a")).ToBeVisibleAsync();
            await Expect(prayer.Locator(".widget-panel")).ToBeHiddenAsync();
            await AssertInsideScreenAsync(weather.Locator(".widget-panel"));

            await page.Keyboard.PressAsync("Escape");
            await Expect(weather.Locator(".widget-panel")).ToBeHiddenAsync();
        });

    [SkippableFact]
    public Task A_page_cached_before_the_next_prayer_names_a_later_one_on_the_readers_clock() =>
        site.OnPageAsync(Viewports.Phone(), async page =>
        {
            await page.GotoAsync(await site.SeedArticlePathAsync());
            var next = page.GetByTestId("prayer-widget").Locator("[data-next-time]");
            var rendered = DateTimeOffset.Parse((await next.GetAttributeAsync("datetime"))!, CultureInfo.InvariantCulture);

            // The same cached HTML read a minute after the prayer it names. The script leaves the widget alone while
            // the server's next prayer is still ahead, so this is the case where it must act.
            var later = rendered.AddMinutes(1);
            await page.Clock.SetFixedTimeAsync(later.UtcDateTime);
            await page.ReloadAsync();
            // Well inside the 30 s after which the script's periodic check would catch it anyway.
            await page.WaitForFunctionAsync(
                "after => Date.parse(document.querySelector('[data-next-time]').getAttribute('datetime')) > after",
                later.ToUnixTimeMilliseconds(),
                new() { PollingInterval = 100, Timeout = 10_000 });
            var moved = DateTimeOffset.Parse((await next.GetAttributeAsync("datetime"))!, CultureInfo.InvariantCulture);
            Assert.True(moved > later, $"The next prayer stayed at {moved:O} on a clock reading {later:O}.");
            Assert.True(moved - later < TimeSpan.FromHours(24), $"The next prayer jumped to {moved:O} from {later:O}.");
            await Expect(next).ToHaveTextAsync(TwelveHourClock());
        });

    [SkippableFact]
    public Task Without_the_cookie_store_api_the_readers_city_still_comes_from_the_cookie() =>
        site.OnPageAsync(Viewports.Phone(), async page =>
        {
            // Firefox and pages served over plain HTTP have no Cookie Store API; the script reads document.cookie.
            await page.Context.AddInitScriptAsync("Object.defineProperty(window, 'cookieStore', { value: undefined, configurable: true });");
            await page.Context.AddCookiesAsync([new Cookie { Name = "dl_city", Value = "kalba", Url = site.BaseAddress.ToString() }]);
            await page.GotoAsync(await site.SeedArticlePathAsync());
            Assert.True(await page.EvaluateAsync<bool>("() => window.cookieStore === undefined"), "The page still has the Cookie Store API.");

            var prayer = page.GetByTestId("prayer-widget");
            await Expect(prayer).ToHaveAttributeAsync("data-city", "kalba");
            await Expect(prayer.Locator("[data-city-name]")).ToHaveTextAsync("Kalba");
            await Expect(prayer.GetByLabel("City")).ToHaveValueAsync("kalba");
        });

    private static async Task AssertInsideScreenAsync(ILocator panel)
    {
        var box = await panel.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= PhoneWidth, $"A panel spans {box.X}–{box.X + box.Width} px on a {PhoneWidth} px screen.");
    }

    private UaeCity RainInFujairah()
    {
        Assert.True(UaeCities.TryFind("fujairah", out var fujairah));
        site.Services.GetRequiredService<WeatherReports>().Store(fujairah, new WeatherObservation(24.6, 61, true, DateTimeOffset.UtcNow, "open-meteo"));
        return fujairah;
    }

    /// <summary>"HH:mm" from the API as the English widget shows it: "5:19 AM".</summary>
    private static string Display(string hhmm)
    {
        var time = TimeOnly.ParseExact(hhmm, "HH:mm", CultureInfo.InvariantCulture);
        var hour = time.Hour % 12 == 0 ? 12 : time.Hour % 12;
        return string.Create(CultureInfo.InvariantCulture, $"{hour}:{time.Minute:00} {(time.Hour < 12 ? "AM" : "PM")}");
    }

    [GeneratedRegex(@"^[0-9]{1,2}:[0-9]{2} (AM|PM)$")]
    private static partial Regex TwelveHourClock();

    [GeneratedRegex("^-?[0-9]+°C$")]
    private static partial Regex Temperature();
}
