using System.Net;
using System.Xml.Linq;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Articles.Publishing;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.Sitemaps;

/// <summary>The sitemaps against the schemas and the protocol's rules, run once per database provider.</summary>
public abstract class SitemapTests(DatelineFactory factory)
{
    private const string Origin = "http://localhost";
    internal static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";

    private readonly TestContent _content = new(factory);

    private HttpClient Client => factory.CreateClient(new() { AllowAutoRedirect = false });

    [SkippableFact]
    public async Task Robots_txt_names_the_sitemap_index_and_keeps_crawlers_out_of_the_newsroom_and_the_api()
    {
        factory.RequireDatabase();
        using var response = await Client.GetAsync("/robots.txt");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains("User-agent: *", lines);
        Assert.Contains("Disallow: /newsroom", lines);
        Assert.Contains("Disallow: /api/", lines);
        Assert.Contains($"Sitemap: {Origin}/sitemap.xml", lines);
        Assert.Empty(factory.Warnings);
    }

    [SkippableFact]
    public async Task Every_sitemap_the_index_names_resolves_and_is_valid_against_the_schemas()
    {
        factory.RequireDatabase();
        var (english, arabic) = await TranslatedPairAsync();
        var topic = await _content.TopicAsync();
        await _content.ArticleAsync(await _content.SectionAsync(), topics: [topic], publishedAt: new DateTime(2025, 3, 10, 8, 0, 0, DateTimeKind.Utc));

        var index = await GetXmlAsync("/sitemap.xml");
        var locations = index.Root!.Elements(Sm + "sitemap").Select(s => s.Element(Sm + "loc")!.Value).ToList();

        Assert.Equal(Sm + "sitemapindex", index.Root.Name);
        foreach (var edition in new[] { "en", "ar" })
        {
            Assert.Contains($"{Origin}/sitemaps/{edition}/pages.xml", locations);
            Assert.Contains($"{Origin}/sitemaps/{edition}/news.xml", locations);
        }

        Assert.Contains($"{Origin}/sitemaps/en/topics.xml", locations);
        Assert.Contains($"{Origin}/sitemaps/en/articles/2025/03.xml", locations);
        foreach (var location in locations)
        {
            var sitemap = await GetXmlAsync(location);
            Assert.Equal(Sm + "urlset", sitemap.Root!.Name);
            Assert.InRange(sitemap.Root.Elements(Sm + "url").Count(), 1, 50_000);
        }

        Assert.Empty(factory.Warnings);
    }

    [SkippableFact]
    public async Task Article_sitemaps_hold_one_month_each_with_lastmod_from_the_latest_update()
    {
        factory.RequireDatabase();
        var section = await _content.SectionAsync();
        var march = await _content.ArticleAsync(section, publishedAt: new DateTime(2024, 3, 31, 23, 0, 0, DateTimeKind.Utc));
        var april = await _content.ArticleAsync(section, publishedAt: new DateTime(2024, 4, 1, 1, 0, 0, DateTimeKind.Utc));
        var updated = new DateTime(2024, 5, 2, 9, 30, 0, DateTimeKind.Utc);
        await UpdateAsync(march.Id, a => a.UpdatedAt = updated);

        var marchMap = await GetXmlAsync("/sitemaps/en/articles/2024/03.xml");
        var aprilMap = await GetXmlAsync("/sitemaps/en/articles/2024/04.xml");

        var url = Assert.Single(marchMap.Root!.Elements(Sm + "url"), u => u.Element(Sm + "loc")!.Value == Origin + ArticlePaths.Article("en", march.Id, march.Slug));
        Assert.Equal("2024-05-02T09:30:00Z", url.Element(Sm + "lastmod")!.Value);
        Assert.DoesNotContain(marchMap.Root.Elements(Sm + "url"), u => u.Element(Sm + "loc")!.Value.Contains($"/article/{april.Id}/", StringComparison.Ordinal));
        Assert.Contains(aprilMap.Root!.Elements(Sm + "url"), u => u.Element(Sm + "loc")!.Value == Origin + ArticlePaths.Article("en", april.Id, april.Slug));
        using var empty = await Client.GetAsync("/sitemaps/en/articles/1999/01.xml");
        Assert.Equal(HttpStatusCode.NotFound, empty.StatusCode);
        Assert.Empty(factory.Warnings);
    }

    [SkippableFact]
    public async Task Translated_stories_name_each_other_and_english_as_the_default_with_hreflang()
    {
        factory.RequireDatabase();
        var (english, arabic) = await TranslatedPairAsync();
        var month = $"{english.PublishedAt!.Value:yyyy}/{english.PublishedAt.Value:MM}";
        var englishPath = Origin + ArticlePaths.Article("en", english.Id, english.Slug);
        var arabicPath = Origin + ArticlePaths.Article("ar", arabic.Id, arabic.Slug);
        (string, string)[] expected = [("ar", arabicPath), ("en", englishPath), ("x-default", englishPath)];

        foreach (var (edition, loc) in new[] { ("en", englishPath), ("ar", arabicPath) })
        {
            var map = await GetXmlAsync($"/sitemaps/{edition}/articles/{month}.xml");
            var url = Assert.Single(map.Root!.Elements(Sm + "url"), u => u.Element(Sm + "loc")!.Value == loc);
            Assert.Equal(expected, url.Elements(Xhtml + "link")
                .Select(l => ((string)l.Attribute("hreflang")!, (string)l.Attribute("href")!)).OrderBy(a => a.Item1, StringComparer.Ordinal));
        }

        var pages = await GetXmlAsync("/sitemaps/ar/pages.xml");
        var home = pages.Root!.Elements(Sm + "url").First();
        Assert.Equal(Origin + "/ar", home.Element(Sm + "loc")!.Value);
        Assert.Equal(3, home.Elements(Xhtml + "link").Count());
        Assert.Empty(factory.Warnings);
    }

    [SkippableFact]
    public async Task The_news_sitemap_lists_only_the_last_48_hours_with_the_publication_name_and_language()
    {
        factory.RequireDatabase();
        var section = await _content.SectionAsync("ar");
        var fresh = await _content.ArticleAsync(section, headline: "خبر عاجل " + _content.Unique, publishedAt: DateTime.UtcNow.AddHours(-47));
        var old = await _content.ArticleAsync(section, publishedAt: DateTime.UtcNow.AddHours(-49));
        var scheduled = await _content.ArticleAsync(section, publishedAt: DateTime.UtcNow.AddHours(2));

        var news = await GetXmlAsync("/sitemaps/ar/news.xml");
        var locations = news.Root!.Elements(Sm + "url").Select(u => u.Element(Sm + "loc")!.Value).ToList();

        Assert.Contains(Origin + ArticlePaths.Article("ar", fresh.Id, fresh.Slug), locations);
        Assert.DoesNotContain(Origin + ArticlePaths.Article("ar", old.Id, old.Slug), locations);
        Assert.DoesNotContain(Origin + ArticlePaths.Article("ar", scheduled.Id, scheduled.Slug), locations);
        var entry = news.Root.Elements(Sm + "url").Single(u => u.Element(Sm + "loc")!.Value.Contains($"/article/{fresh.Id}/", StringComparison.Ordinal))
            .Element(News + "news")!;
        Assert.Equal("الشارقة 24", entry.Element(News + "publication")!.Element(News + "name")!.Value);
        Assert.Equal("ar", entry.Element(News + "publication")!.Element(News + "language")!.Value);
        Assert.Equal("خبر عاجل " + _content.Unique, entry.Element(News + "title")!.Value);
        Assert.Equal(fresh.PublishedAt!.Value, DateTime.Parse(entry.Element(News + "publication_date")!.Value, null, System.Globalization.DateTimeStyles.AdjustToUniversal), TimeSpan.FromSeconds(1));
        Assert.InRange(locations.Count, 1, 1000);
        Assert.Empty(factory.Warnings);
    }

    [SkippableFact]
    public async Task Publishing_through_the_publish_path_evicts_the_cached_sitemaps()
    {
        factory.RequireDatabase();
        var section = await _content.SectionAsync();
        var draft = await _content.ArticleAsync(section, status: ArticleStatus.Draft, publishedAt: DateTime.UtcNow.AddMinutes(-5));
        var month = $"/sitemaps/en/articles/{DateTime.UtcNow:yyyy}/{DateTime.UtcNow:MM}.xml";
        await _content.ArticleAsync(section, publishedAt: DateTime.UtcNow.AddMinutes(-10));
        var before = await GetXmlAsync("/sitemaps/en/news.xml");
        await GetXmlAsync(month);

        await UpdateAsync(draft.Id, a => a.Status = ArticleStatus.Published, ArticleEventKind.Published);

        var path = Origin + ArticlePaths.Article("en", draft.Id, draft.Slug);
        Assert.DoesNotContain(before.Root!.Elements(Sm + "url"), u => u.Element(Sm + "loc")!.Value == path);
        Assert.Contains((await GetXmlAsync("/sitemaps/en/news.xml")).Root!.Elements(Sm + "url"), u => u.Element(Sm + "loc")!.Value == path);
        Assert.Contains((await GetXmlAsync(month)).Root!.Elements(Sm + "url"), u => u.Element(Sm + "loc")!.Value == path);
        Assert.Empty(factory.Warnings);
    }

    private async Task<XDocument> GetXmlAsync(string pathOrUrl)
    {
        using var response = await Client.GetAsync(pathOrUrl);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var xml = await response.Content.ReadAsStringAsync();
        Assert.Empty(SitemapSchemas.Validate(xml));
        return XDocument.Parse(xml);
    }

    private async Task<(Article English, Article Arabic)> TranslatedPairAsync()
    {
        var english = await _content.ArticleAsync(await _content.SectionAsync("en"), publishedAt: DateTime.UtcNow.AddHours(-2));
        var arabic = await _content.ArticleAsync(await _content.SectionAsync("ar"), publishedAt: DateTime.UtcNow.AddHours(-2));
        await _content.TranslateAsync(english, arabic);

        // Linked directly in the database rather than through the publish path, so evict as publishing would.
        var eviction = factory.Services.GetRequiredService<ArticleCacheEviction>();
        await eviction.EvictAsync(english.Id, "en");
        await eviction.EvictAsync(arabic.Id, "ar");
        return (english, arabic);
    }

    private async Task UpdateAsync(int id, Action<Article> change, ArticleEventKind kind = ArticleEventKind.Updated)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        var article = await db.Articles.SingleAsync(a => a.Id == id);
        change(article);
        await scope.ServiceProvider.GetRequiredService<ArticlePublishing>().SaveAsync(db, [(article, kind)]);
    }
}
