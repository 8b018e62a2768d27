using System.Text.RegularExpressions;
using Dateline.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dateline.BrowserTests.Weather;

/// <summary>The same pages with the weather provider up: the widget shows the reading, still without an error.</summary>
[Collection(SiteCollection.Name)]
public sealed partial class WeatherReadingTests(SiteFixture site)
{
    [SkippableFact]
    public async Task With_the_weather_provider_up_the_home_and_article_pages_show_the_reading_and_log_no_error()
    {
        foreach (var path in new[] { "/en", "/ar", await site.SeedArticlePathAsync() })
        {
            await site.OnPageAsync(Viewports.Phone(), async page =>
            {
                var problems = PageProblems.Watch(page);

                await page.GotoAsync(path);
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

                var weather = page.GetByTestId("weather-widget");
                await Expect(weather.Locator("summary")).ToBeVisibleAsync();
                // 27 °C from the stand-in provider, in Latin or Arabic-Indic digits as the edition writes them.
                await Expect(weather.Locator("summary [data-weather-temp]")).ToHaveTextAsync(TwentySevenDegrees());
                Assert.True(problems.Count == 0, $"{path}: {string.Join(" | ", problems)}");
            });
        }
    }

    [GeneratedRegex("^(27|٢٧)°C$")]
    private static partial Regex TwentySevenDegrees();
}
