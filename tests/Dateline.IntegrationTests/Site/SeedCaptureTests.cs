using System.Text.RegularExpressions;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Testing;
using Dateline.Web.Features.Articles;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.Site;

/// <summary>
/// The demo article page against the text capture of the page Dateline was asked to build (tests/Reference/seed):
/// every line of text the capture shows is on our page, and every icon it names is there as an element.
/// </summary>
public sealed partial class SeedCaptureTests(DemoSiteFactory factory) : IClassFixture<DemoSiteFactory>
{
    private const string SeedSlug = "lavrov-to-blinken-russia-needs-security-guarantees-on-borders";

    /// <summary>Lines of the capture that are an icon's or a control's name rather than text, and where our page has them.</summary>
    private static readonly Dictionary<string, string> Elements = new(StringComparer.Ordinal)
    {
        ["mosque"] = "[data-widget='prayer'] svg.widget-icon",
        ["partly-cloudy"] = "[data-widget='weather'] [data-weather-icon]",
        ["°C,"] = "[data-widget='weather'] [data-weather-temp]",
        ["download-img"] = "[data-testid='download-image'][download]",
    };

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [Fact]
    public async Task The_seed_article_page_shows_every_line_of_the_captured_page()
    {
        var capture = await File.ReadAllLinesAsync(ReferenceData.PathOf("seed/article-page.txt"));
        var client = factory.CreateClient();
        await using var scope = factory.Services.CreateAsyncScope();
        var seed = await scope.ServiceProvider.GetRequiredService<DatelineDbContext>().Articles.AsNoTracking()
            .Where(a => a.EditionCode == "en" && a.Slug == SeedSlug)
            .Select(a => new { a.Id, a.Slug })
            .SingleAsync();
        var (_, page) = await HtmlPage.GetAsync(client, ArticlePaths.Article("en", seed.Id, seed.Slug));
        var text = Normalize(page.Body!.TextContent + " " + string.Join(' ', page.QuerySelectorAll("[alt]").Select(e => e.GetAttribute("alt"))));

        var missing = new List<string>();
        foreach (var raw in capture)
        {
            var line = Normalize(raw);
            if (line.Length == 0 || line == "Loading...")
            {
                // "Loading..." is the list pages' state while more stories load (LoadMoreTests), not article text.
                continue;
            }

            if (Elements.TryGetValue(line, out var selector))
            {
                if (page.QuerySelector(selector) is null)
                {
                    missing.Add($"{line} (expected {selector})");
                }

                continue;
            }

            // The capture cuts the long caption short with "...".
            var expected = line.EndsWith("...", StringComparison.Ordinal) ? line[..^3].TrimEnd() : line;
            if (!text.Contains(expected, StringComparison.Ordinal))
            {
                missing.Add(line);
            }
        }

        Assert.True(missing.Count == 0, "Not on the page:\n" + string.Join('\n', missing));
    }

    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();
}
