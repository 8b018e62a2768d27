using Dateline.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dateline.BrowserTests.Articles;

[Collection(SiteCollection.Name)]
public sealed class SeedArticleTests(SiteFixture site)
{
    private const string DateLine = "December 02, 2021 / 6:54 PM";

    [SkippableFact]
    public Task Seed_article_on_a_phone_shows_every_element_of_the_original_page() =>
        site.OnPageAsync(Viewports.Phone(), async page =>
        {
            var response = await page.GotoAsync(await site.SeedArticlePathAsync());
            Assert.Equal(200, response?.Status);

            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
            await Expect(page.GetByTestId("headline")).ToHaveTextAsync(SiteFixture.SeedHeadline);
            await Expect(page.GetByTestId("dateline-top")).ToHaveTextAsync(DateLine);
            await Expect(page.GetByTestId("dateline-bottom")).ToHaveTextAsync(DateLine);
            await Expect(page.GetByTestId("attribution")).ToHaveTextAsync("Sharjah 24 – AFP:");
            await Expect(page.GetByTestId("article-body")).ToContainTextAsync("long-term security guarantees");
            await Expect(page.GetByTestId("caption")).ToContainTextAsync("Antony Blinken");

            foreach (var testId in new[] { "hero-image", "download-image", "caption", "article-body", "related-topics", "more-on-topic", "edition-switch" })
            {
                await Expect(page.GetByTestId(testId)).ToBeVisibleAsync();
            }

            await Expect(page.GetByTestId("rotate-overlay")).ToBeHiddenAsync();
            await Expect(page.GetByTestId("prayer-widget")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("weather-widget")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("weather-widget")).ToContainTextAsync($"{FixedWeather.TemperatureC}°C");

            await Expect(page.GetByTestId("related-topics").GetByRole(AriaRole.Link)).Not.ToHaveCountAsync(0);
            await Expect(page.GetByTestId("more-on-topic").GetByRole(AriaRole.Link)).Not.ToHaveCountAsync(0);

            var hero = page.GetByTestId("hero-image");
            var img = await hero.EvaluateAsync<string>("el => el.tagName") == "IMG" ? hero : hero.Locator("img").First;
            await Expect(img).ToHaveAttributeAsync("alt", "Image for the title: " + SiteFixture.SeedHeadline);
            await Expect(img).ToHaveAttributeAsync("srcset", new System.Text.RegularExpressions.Regex(@"\d+w"));
            await img.EvaluateAsync("img => img.complete && img.naturalWidth > 0 ? null : new Promise((ok, fail) => { img.onload = ok; img.onerror = () => fail(new Error('hero image failed to load: ' + img.currentSrc)); })");
            Assert.True(await img.EvaluateAsync<int>("img => img.naturalWidth") > 0, "The hero image did not load.");

            var download = page.GetByTestId("download-image");
            var href = await download.GetAttributeAsync("href");
            Assert.False(string.IsNullOrEmpty(href), "The download button links nowhere.");
            var original = await page.APIRequest.GetAsync(href!);
            Assert.Equal(200, original.Status);
            Assert.StartsWith("image/", original.Headers["content-type"], StringComparison.Ordinal);
            var disposition = original.Headers.GetValueOrDefault("content-disposition") ?? "";
            Assert.StartsWith("attachment", disposition, StringComparison.Ordinal);
            Assert.Contains("lavrov", disposition, StringComparison.OrdinalIgnoreCase);
        });
}
