using Dateline.BrowserTests.Infrastructure;
using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Sections;
using Dateline.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dateline.BrowserTests.Sections;

[Collection(SiteCollection.Name)]
public sealed class LoadMoreTests(SiteFixture site)
{
    [SkippableFact]
    public Task Load_more_appends_the_next_page_in_place_and_shows_that_it_is_loading() =>
        site.OnPageAsync(Viewports.Phone(), async page =>
        {
            await page.GotoAsync(await SeedSectionAsync(articles: 30));
            var articles = page.Locator("main a[href*='/article/']");
            var before = await ArticleLinksAsync(articles);
            var linksBefore = await articles.CountAsync();
            Assert.NotEmpty(before);

            // Hold the next-page request so the loading state can be seen, then let it through.
            var release = new TaskCompletionSource();
            var held = new TaskCompletionSource();
            await page.RouteAsync(url => url.Contains("after=", StringComparison.Ordinal), async route =>
            {
                held.TrySetResult();
                await release.Task;
                await route.ContinueAsync();
            });
            await page.EvaluateAsync("() => { window.__datelineSamePage = true; }");

            var loadMore = page.GetByTestId("load-more");
            await loadMore.ClickAsync();
            await held.Task.WaitAsync(TimeSpan.FromSeconds(10));
            await Expect(page.GetByTestId("load-more")).ToContainTextAsync(new System.Text.RegularExpressions.Regex("Loading"));
            release.SetResult();

            await Expect(articles).Not.ToHaveCountAsync(linksBefore);
            var after = await ArticleLinksAsync(articles);
            Assert.True(after.Count > before.Count, $"{before.Count} articles before, {after.Count} after.");
            Assert.Equal(before, after.Take(before.Count));
            Assert.True(await page.EvaluateAsync<bool>("() => window.__datelineSamePage === true"), "Load more navigated away instead of appending.");
        });

    /// <summary>A section of its own with more stories than one page holds.</summary>
    private async Task<string> SeedSectionAsync(int articles)
    {
        var token = Guid.NewGuid().ToString("N")[..8];
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        var section = new Section { EditionCode = "en", Slug = $"load-more-{token}", Name = $"Load more {token}", SortOrder = 100 };
        db.Sections.Add(section);
        var now = DateTime.UtcNow;
        for (var i = 0; i < articles; i++)
        {
            db.Articles.Add(new Article
            {
                EditionCode = "en",
                Slug = $"load-more-{token}-{i}",
                Headline = $"Load more story {i} ({token})",
                BodyHtml = "<p>Body.</p>",
                Section = section,
                Status = ArticleStatus.Published,
                PublishedAt = now.AddMinutes(-1 - i),
                CreatedAt = now,
            });
        }

        await db.SaveChangesAsync();
        return $"/en/section/{section.Slug}";
    }

    private static async Task<List<string>> ArticleLinksAsync(ILocator links)
    {
        var hrefs = await links.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        return hrefs.Distinct().ToList();
    }
}
