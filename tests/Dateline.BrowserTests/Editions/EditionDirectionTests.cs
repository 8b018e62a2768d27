using Dateline.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dateline.BrowserTests.Editions;

[Collection(SiteCollection.Name)]
public sealed class EditionDirectionTests(SiteFixture site)
{
    // Where the first visible headline's text sits: its box's edges, the text's own edges inside it, and the viewport width.
    private const string MeasureFirstHeadline = """
        el => {
            const box = el.getBoundingClientRect();
            const range = document.createRange();
            range.selectNodeContents(el);
            const text = range.getBoundingClientRect();
            return [box.left, box.right, text.left, text.right, document.documentElement.clientWidth];
        }
        """;

    [SkippableFact]
    public Task Arabic_home_reads_right_to_left_with_its_first_headline_on_the_right() =>
        site.OnPageAsync(Viewports.Phone(), async page =>
        {
            var response = await page.GotoAsync("/ar");
            Assert.Equal(200, response?.Status);
            await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ar");

            var (_, boxRight, _, textRight, width) = await MeasureAsync(page);

            Assert.True(Math.Abs(textRight - boxRight) <= 2, $"Arabic headline text ends at {textRight}, its box at {boxRight}: not right-aligned.");
            Assert.True(boxRight > width * 0.8, $"Arabic headline box ends at {boxRight} of {width}: not on the right side.");
        });

    [SkippableFact]
    public Task English_home_reads_left_to_right_with_its_first_headline_on_the_left() =>
        site.OnPageAsync(Viewports.Phone(), async page =>
        {
            await page.GotoAsync("/en");
            await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "ltr");
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");

            var (boxLeft, _, textLeft, _, width) = await MeasureAsync(page);

            Assert.True(Math.Abs(textLeft - boxLeft) <= 2, $"English headline text starts at {textLeft}, its box at {boxLeft}: not left-aligned.");
            Assert.True(boxLeft < width * 0.2, $"English headline box starts at {boxLeft} of {width}: not on the left side.");
        });

    private static async Task<(double BoxLeft, double BoxRight, double TextLeft, double TextRight, double Width)> MeasureAsync(IPage page)
    {
        var headline = page.Locator("main :is(h1, h2, h3) >> visible=true").First;
        await Expect(headline).ToBeVisibleAsync();
        var m = await headline.EvaluateAsync<double[]>(MeasureFirstHeadline);
        return (m[0], m[1], m[2], m[3], m[4]);
    }
}
