using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Articles.Publishing;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.Articles;

public sealed class OutputCacheTests(DatelineFactory factory) : IClassFixture<DatelineFactory>
{
    private readonly TestContent _content = new(factory);

    private async Task RenameAsync(int id, string headline)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        await db.Articles.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Headline, headline));
    }

    [Fact]
    public async Task Article_page_is_served_from_cache_until_the_article_is_evicted()
    {
        var section = await _content.SectionAsync();
        var article = await _content.ArticleAsync(section, headline: "Original headline");
        var client = factory.CreateClient();
        var path = ArticlePaths.Article("en", article.Id, article.Slug);

        var (_, first) = await HtmlPage.GetAsync(client, path);
        await RenameAsync(article.Id, "Corrected headline");
        var (_, cached) = await HtmlPage.GetAsync(client, path);
        await factory.Services.GetRequiredService<ArticleCacheEviction>().EvictAsync(article.Id, "en");
        var (_, fresh) = await HtmlPage.GetAsync(client, path);

        Assert.Equal("Original headline", first.TestId("headline"));
        Assert.Equal("Original headline", cached.TestId("headline"));
        Assert.Equal("Corrected headline", fresh.TestId("headline"));
    }

    [Fact]
    public async Task Publishing_a_translation_refreshes_the_cached_original_so_its_language_link_leads_there_at_once()
    {
        var english = await _content.ArticleAsync(await _content.SectionAsync(), headline: "Cycling track opens");
        var arabic = await _content.ArticleAsync(await _content.SectionAsync("ar"), headline: "افتتاح مسار للدراجات", status: ArticleStatus.Draft);
        await _content.TranslateAsync(english, arabic);
        var client = factory.CreateClient();
        var path = ArticlePaths.Article("en", english.Id, english.Slug);
        var arabicPath = ArticlePaths.Article("ar", arabic.Id, arabic.Slug);

        var (_, before) = await HtmlPage.GetAsync(client, path);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
            var tracked = await db.Articles.SingleAsync(a => a.Id == arabic.Id);
            tracked.Status = ArticleStatus.Published;
            tracked.PublishedAt = DateTime.UtcNow.AddMinutes(-1);
            await scope.ServiceProvider.GetRequiredService<ArticlePublishing>().SaveAsync(db, [(tracked, ArticleEventKind.Published)]);
        }

        var (_, after) = await HtmlPage.GetAsync(client, path);

        Assert.Null(before.QuerySelector("link[rel=alternate][hreflang=ar]"));
        Assert.EndsWith(arabicPath, after.QuerySelector("link[rel=alternate][hreflang=ar]")?.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal(arabicPath, after.QuerySelector("[data-testid=edition-switch]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Evicting_an_article_refreshes_the_lists_of_its_edition()
    {
        var section = await _content.SectionAsync();
        var article = await _content.ArticleAsync(section, headline: "Listed headline");
        var client = factory.CreateClient();
        var path = ArticlePaths.Section("en", section.Slug);

        await HtmlPage.GetAsync(client, path);
        await RenameAsync(article.Id, "Relisted headline");
        var (_, cached) = await HtmlPage.GetAsync(client, path);
        await factory.Services.GetRequiredService<ArticleCacheEviction>().EvictAsync(article.Id, "en");
        var (_, fresh) = await HtmlPage.GetAsync(client, path);

        Assert.Equal("Listed headline", cached.QuerySelector("[data-list] .card__title a")?.TextContent);
        Assert.Equal("Relisted headline", fresh.QuerySelector("[data-list] .card__title a")?.TextContent);
    }

    [Fact]
    public async Task Signed_in_requests_are_never_served_from_the_public_cache()
    {
        var section = await _content.SectionAsync();
        var article = await _content.ArticleAsync(section, headline: "Before");
        var client = factory.CreateClient();
        var path = ArticlePaths.Article("en", article.Id, article.Slug);

        await HtmlPage.GetAsync(client, path);
        await RenameAsync(article.Id, "After");
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer test");
        var response = await client.SendAsync(request);

        Assert.Contains("After", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
