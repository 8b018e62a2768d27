using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Dateline.BrowserTests.Accessibility;

/// <summary>
/// Each kind of public page, in both editions, at a phone's and a laptop's size, run through axe-core in Chromium:
/// any violation of a WCAG 2.0/2.1/2.2 A or AA rule fails. Best-practice findings and the checks axe could not
/// decide ("incomplete") are printed for a person to look at.
/// </summary>
public sealed class AxeTests(AxeSite site, ITestOutputHelper output) : IClassFixture<AxeSite>
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private static readonly string AxeScript = Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js");

    /// <summary>Kinds of page (see <see cref="AxeSite.PagePathsAsync"/>), each at a phone's and a laptop's size.</summary>
    public static TheoryData<string, int, int> Pages()
    {
        var data = new TheoryData<string, int, int>();
        foreach (var page in new[] { "home-en", "home-ar", "section", "topic", "article", "article-ar", "not-found" })
        {
            data.Add(page, 390, 844);
            data.Add(page, 1366, 900);
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_WCAG_A_or_AA_violations(string kind, int width, int height)
    {
        var browser = site.RequireBrowser();
        var phone = width < 700;
        await using var context = await browser.NewContextAsync(new()
        {
            BaseURL = site.BaseAddress.ToString(),
            ViewportSize = new() { Width = width, Height = height },
            IsMobile = phone,
            HasTouch = phone,
        });
        // An init script is added through the DevTools protocol, so the site's CSP (script-src 'self') allows it.
        await context.AddInitScriptAsync(scriptPath: AxeScript);
        var page = await context.NewPageAsync();

        var path = (await site.PagePathsAsync())[kind];
        var response = await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Load });
        Assert.Equal(kind == "not-found" ? 404 : 200, response?.Status);

        var report = await RunAxeAsync(page);
        Assert.True(report.GetProperty("passes").GetArrayLength() > 0, "axe reported no passing rule; it did not really run.");

        var failures = new StringBuilder();
        foreach (var violation in report.GetProperty("violations").EnumerateArray())
        {
            var tags = violation.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ToHashSet();
            var text = Describe(violation);
            if (WcagTags.Any(tags.Contains))
            {
                failures.Append(text);
            }
            else
            {
                output.WriteLine("best practice: " + text);
            }
        }

        foreach (var incomplete in report.GetProperty("incomplete").EnumerateArray())
        {
            output.WriteLine("needs review: " + Describe(incomplete));
        }

        if (failures.Length > 0)
        {
            var folder = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "screenshots"));
            Directory.CreateDirectory(folder);
            var screenshot = Path.Combine(folder, $"axe-{kind}-{width}x{height}.png");
            await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
            Assert.Fail($"{path} at {width}×{height} breaks WCAG A/AA (screenshot {screenshot}):\n{failures}");
        }
    }

    private static async Task<JsonElement> RunAxeAsync(IPage page)
    {
        const string run = """
            async tags => JSON.stringify(await axe.run(document, {
              runOnly: { type: "tag", values: tags },
              resultTypes: ["violations", "incomplete"],
            }))
            """;
        var json = await page.EvaluateAsync<string>(run, WcagTags.Append("best-practice").ToArray());
        using var report = JsonDocument.Parse(json);
        return report.RootElement.Clone();
    }

    private static string Describe(JsonElement result)
    {
        var text = new StringBuilder();
        var impact = result.TryGetProperty("impact", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : "n/a";
        text.AppendLine($"  {result.GetProperty("id").GetString()} ({impact}): {result.GetProperty("help").GetString()} — {result.GetProperty("helpUrl").GetString()}");
        foreach (var node in result.GetProperty("nodes").EnumerateArray().Take(10))
        {
            var target = string.Join(" ", node.GetProperty("target").EnumerateArray().Select(t => t.ToString()));
            var summary = node.TryGetProperty("failureSummary", out var s) ? s.GetString()?.ReplaceLineEndings(" ") : null;
            text.AppendLine($"    at {target}{(string.IsNullOrEmpty(summary) ? "" : " — " + summary)}");
        }

        return text.ToString();
    }
}
