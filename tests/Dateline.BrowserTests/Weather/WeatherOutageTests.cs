using Dateline.BrowserTests.Infrastructure;
using Dateline.Web.Features.Weather.Public;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dateline.BrowserTests.Weather;

/// <summary>
/// A weather provider outage is normal life for a news site: the header's weather widget stays hidden and the reader's
/// browser sees no failed request and no console error, while the widget still asks, so it comes back by itself.
/// </summary>
[Collection(WeatherOutageCollection.Name)]
public sealed class WeatherOutageTests(WeatherOutageFixture site)
{
    [SkippableFact]
    public async Task With_the_weather_provider_down_the_home_and_article_pages_log_no_error_and_hide_the_widget()
    {
        foreach (var path in new[] { "/en", "/ar", await site.SeedArticlePathAsync() })
        {
            await site.OnPageAsync(Viewports.Phone(), async page =>
            {
                var problems = PageProblems.Watch(page);
                var widgetAnswer = page.WaitForResponseAsync(r => r.Url.Contains(WeatherWidgetEndpoint.Path, StringComparison.Ordinal));

                await page.GotoAsync(path);
                // The script asked for the reader's weather and was told, with a 200, that there is none yet.
                var answer = await widgetAnswer;
                Assert.Equal(200, answer.Status);
                Assert.Contains("\"available\":false", await answer.TextAsync(), StringComparison.Ordinal);
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

                await Expect(page.GetByTestId("weather-widget")).ToBeHiddenAsync();
                await Expect(page.GetByTestId("prayer-widget").Locator("summary")).ToBeVisibleAsync();
                Assert.True(problems.Count == 0, $"{path}: {string.Join(" | ", problems)}");
            });
        }
    }
}
