using Dateline.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Dateline.BrowserTests.Screenshots;

/// <summary>
/// Photographs the main pages at phone and desktop sizes so people can look at the site without running it
/// (DATELINE_SCREENSHOTS=dir picks the folder; default bin/screenshots/tour), and fails on any script error or
/// console error on the way — which is how a Content-Security-Policy violation shows up.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ScreenshotTourTests(SiteFixture site)
{
    [SkippableFact]
    [Trait("Category", "Screenshots")]
    public async Task Main_pages_render_without_console_errors_at_phone_and_desktop_sizes()
    {
        BrowserEnvironment.RequireChromium();
        var pages = new (string Name, string Path)[]
        {
            ("home-en", "/en"),
            ("home-ar", "/ar"),
            ("article-seed", await site.SeedArticlePathAsync()),
            ("section-en", await site.BusiestSectionPathAsync("en")),
            ("section-ar", await site.BusiestSectionPathAsync("ar")),
        };
        var screens = new (string Name, Func<BrowserNewContextOptions> Options)[]
        {
            ("390x844", Viewports.Phone),
            ("1366x900", () => Viewports.Desktop(900)),
        };
        Directory.CreateDirectory(BrowserEnvironment.TourDirectory);
        var problems = new List<string>();

        foreach (var (screenName, options) in screens)
        {
            foreach (var (pageName, path) in pages)
            {
                await site.OnPageAsync(options(), async page =>
                {
                    page.Console += (_, message) =>
                    {
                        if (message.Type is "error" or "warning")
                        {
                            problems.Add($"{path} at {screenName}: console {message.Type}: {message.Text}");
                        }
                    };
                    page.PageError += (_, error) => problems.Add($"{path} at {screenName}: script error: {error}");

                    var response = await page.GotoAsync(path);
                    if (response?.Status != 200)
                    {
                        problems.Add($"{path} at {screenName}: HTTP {response?.Status}");
                    }

                    // A full-page picture shows what lies below the fold too, so load the lazy images first.
                    await page.EvaluateAsync("""
                        () => Promise.all([...document.images].map(img => {
                            img.loading = 'eager';
                            return img.complete ? null : new Promise(done => { img.onload = img.onerror = done; });
                        }))
                        """);

                    await page.ScreenshotAsync(new()
                    {
                        Path = Path.Combine(BrowserEnvironment.TourDirectory, $"{pageName}-{screenName}.png"),
                        FullPage = true,
                    });
                }, $"tour-{pageName}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
