using System.Net;
using System.Xml.Linq;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Articles;

namespace Dateline.IntegrationTests.Sitemaps;

/// <summary>Sitemaps under settings and data of their own: each test starts its own site.</summary>
public sealed class SitemapSiteTests
{
    private const string Origin = "http://localhost";
    private static readonly XNamespace Sm = SitemapTests.Sm;

    [Fact]
    public async Task An_edition_without_news_in_the_last_48_hours_has_no_news_sitemap()
    {
        await using var site = new DatelineFactory();
        var content = new TestContent(site);
        await content.ArticleAsync(await content.SectionAsync("ar"), withImage: false, publishedAt: DateTime.UtcNow.AddDays(-3));
        var client = site.CreateClient();

        var index = await client.GetStringAsync("/sitemap.xml");
        using var news = await client.GetAsync("/sitemaps/ar/news.xml");

        Assert.Empty(SitemapSchemas.Validate(index));
        Assert.DoesNotContain("/sitemaps/ar/news.xml", index, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, news.StatusCode);
        Assert.Empty(site.Warnings);
    }

    [Fact]
    public async Task A_month_with_more_stories_than_fit_in_one_file_is_split_into_pages()
    {
        await using var site = new DatelineFactory();
        site.Settings["Sitemaps:UrlsPerFile"] = "2";
        var content = new TestContent(site);
        var section = await content.SectionAsync();
        var stories = new List<Article>();
        for (var day = 1; day <= 3; day++)
        {
            stories.Add(await content.ArticleAsync(section, withImage: false, publishedAt: new DateTime(2023, 7, day, 12, 0, 0, DateTimeKind.Utc)));
        }

        var client = site.CreateClient();
        var index = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        var first = XDocument.Parse(await client.GetStringAsync("/sitemaps/en/articles/2023/07.xml"));
        var second = XDocument.Parse(await client.GetStringAsync("/sitemaps/en/articles/2023/07.xml?page=2"));
        using var third = await client.GetAsync("/sitemaps/en/articles/2023/07.xml?page=3");

        var locations = index.Root!.Elements(Sm + "sitemap").Select(s => s.Element(Sm + "loc")!.Value).ToList();
        Assert.Contains($"{Origin}/sitemaps/en/articles/2023/07.xml", locations);
        Assert.Contains($"{Origin}/sitemaps/en/articles/2023/07.xml?page=2", locations);
        Assert.DoesNotContain($"{Origin}/sitemaps/en/articles/2023/07.xml?page=3", locations);
        Assert.Equal(
            stories.Select(s => Origin + ArticlePaths.Article("en", s.Id, s.Slug)),
            first.Root!.Elements(Sm + "url").Concat(second.Root!.Elements(Sm + "url")).Select(u => u.Element(Sm + "loc")!.Value));
        Assert.Equal(HttpStatusCode.NotFound, third.StatusCode);
        Assert.Empty(site.Warnings);
    }
}
