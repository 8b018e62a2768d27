using System.Text;
using System.Text.Json;
using Dateline.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Dateline.BrowserTests.Accessibility;

/// <summary>
/// Each kind of public page, in both editions, at a phone's and a laptop's size, run through axe-core in Chromium:
/// any violation of a WCAG 2.0/2.1/2.2 A or AA rule fails. Best-practice findings and the checks axe could not
/// decide ("incomplete") are printed for a person to look at.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class AxeTests(SiteFixture site, ITestOutputHelper output)
{
    internal static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    internal static readonly string AxeScript = Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js");

    /// <summary>Kinds of page (see <see cref="PathOfAsync"/>), each at a phone's and a laptop's size.</summary>
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
        var viewport = width < 700 ? Viewports.Phone() : Viewports.Desktop(height);
        Assert.Equal((width, height), (viewport.ViewportSize!.Width, viewport.ViewportSize.Height));

        await site.OnPageAsync(viewport, async page =>
        {
            var path = await PathOfAsync(page, kind);
            // An init script is added through the DevTools protocol, so the site's CSP (script-src 'self') allows it.
            await page.Context.AddInitScriptAsync(scriptPath: AxeScript);
            var response = await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Load });
            Assert.Equal(kind == "not-found" ? 404 : 200, response?.Status);

            var report = await RunAxeAsync(page);
            Assert.True(report.GetProperty("passes").GetArrayLength() > 0, "axe reported no passing rule; it did not really run.");

            var failures = new StringBuilder();
            foreach (var violation in report.GetProperty("violations").EnumerateArray())
            {
                var tags = violation.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ToHashSet();
                if (WcagTags.Any(tags.Contains))
                {
                    failures.Append(Describe(violation));
                }
                else
                {
                    output.WriteLine("best practice: " + Describe(violation));
                }
            }

            foreach (var incomplete in report.GetProperty("incomplete").EnumerateArray())
            {
                output.WriteLine("needs review: " + Describe(incomplete));
            }

            Assert.True(failures.Length == 0, $"{path} at {width}×{height} breaks WCAG A/AA:\n{failures}");
        }, $"axe-{kind}");
    }

    /// <summary>
    /// The seed article is found in the database; the section, topic and Arabic pages by following its links, as a
    /// reader would, so no slug is hard-coded.
    /// </summary>
    private async Task<string> PathOfAsync(IPage page, string kind)
    {
        switch (kind)
        {
            case "home-en":
                return "/en";
            case "home-ar":
                return "/ar";
            case "not-found":
                return "/en/no-such-page";
        }

        var article = await site.SeedArticlePathAsync();
        if (kind == "article")
        {
            return article;
        }

        var selector = kind switch
        {
            "section" => ".story__header a.kicker",
            "topic" => "[data-testid=related-topics] a",
            "article-ar" => "[data-testid=edition-switch]",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of page."),
        };
        await page.GotoAsync(article);
        return await page.Locator(selector).First.GetAttributeAsync("href")
            ?? throw new InvalidOperationException($"{article} has no link matching {selector}.");
    }

    internal static async Task<JsonElement> RunAxeAsync(IPage page)
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

    internal static string Describe(JsonElement result)
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
