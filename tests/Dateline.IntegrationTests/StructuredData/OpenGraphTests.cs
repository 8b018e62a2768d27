using System.Net;
using AngleSharp.Html.Dom;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Articles;

namespace Dateline.IntegrationTests.StructuredData;

/// <summary>Open Graph and X (Twitter) card tags, read as a social preview crawler does.</summary>
public sealed class OpenGraphTests(DatelineFactory factory) : IClassFixture<DatelineFactory>
{
    private readonly TestContent _content = new(factory);

    private HttpClient Client => factory.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task Every_public_page_has_a_social_card_whose_image_answers_at_the_size_it_states()
    {
        var section = await _content.SectionAsync(name: "Sport");
        var topic = await _content.TopicAsync(name: "Football");
        var author = await _content.AuthorAsync("Omar Haddad");
        var article = await _content.ArticleAsync(section, headline: "Sharjah win the league", topics: [topic], imageWidth: 1600, imageHeight: 900);
        await _content.CreditAsync(article, author);
        var client = Client;
        var pages = new[]
        {
            ("/en", "website"),
            ("/ar", "website"),
            (ArticlePaths.Section("en", section.Slug), "website"),
            (ArticlePaths.Topic("en", topic.Slug), "website"),
            (ArticlePaths.Author("en", author.Slug), "website"),
            (ArticlePaths.Article("en", article.Id, article.Slug), "article"),
            ("/en/search?q=league", "website"),
            ("/en/prayer-times?city=sharjah", "website"),
        };

        foreach (var (path, type) in pages)
        {
            var (response, page) = await HtmlPage.GetAsync(client, path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);

            Assert.Equal(type, Meta(page, "og:type"));
            Assert.False(string.IsNullOrWhiteSpace(Meta(page, "og:title")), path);
            Assert.False(string.IsNullOrWhiteSpace(Meta(page, "og:site_name")), path);
            Assert.Equal(page.QuerySelector("link[rel='canonical']")?.GetAttribute("href"), Meta(page, "og:url"));
            Assert.StartsWith("http://localhost/", Meta(page, "og:url"), StringComparison.Ordinal);
            Assert.Equal("summary_large_image", page.QuerySelector("meta[name='twitter:card']")?.GetAttribute("content"));
            Assert.False(string.IsNullOrWhiteSpace(Meta(page, "og:image:alt")), path);

            var image = Meta(page, "og:image")!;
            Assert.StartsWith("http://localhost/", image, StringComparison.Ordinal);
            var (width, height, contentType) = await StructuredDataTests.ImageAsync(client, image);
            Assert.Equal(Meta(page, "og:image:type"), contentType);
            Assert.Equal(int.Parse(Meta(page, "og:image:width")!, System.Globalization.CultureInfo.InvariantCulture), width);
            Assert.Equal(int.Parse(Meta(page, "og:image:height")!, System.Globalization.CultureInfo.InvariantCulture), height);
            Assert.Equal(1200, width);
            // Facebook's 1.91:1 card or a 16:9 crop: either shows whole in every preview.
            Assert.InRange(width / (double)height, 16 / 9.0 - 0.01, 1.91 + 0.01);
        }
    }

    [Fact]
    public async Task An_article_card_names_its_times_section_tags_and_authors()
    {
        var section = await _content.SectionAsync(name: "Sport");
        var topics = new[] { await _content.TopicAsync(name: "Football"), await _content.TopicAsync(name: "Sharjah FC") };
        var author = await _content.AuthorAsync("Omar Haddad");
        var article = await _content.ArticleAsync(section, headline: "Sharjah win the league", topics: topics,
            publishedAt: new DateTime(2026, 5, 4, 16, 30, 0, DateTimeKind.Utc), altText: "Players lift the trophy");
        await _content.CreditAsync(article, author);

        var (_, page) = await HtmlPage.GetAsync(Client, ArticlePaths.Article("en", article.Id, article.Slug));

        Assert.Equal("Sharjah win the league", Meta(page, "og:title"));
        Assert.Equal("First paragraph.", Meta(page, "og:description"));
        Assert.Equal("2026-05-04T20:30:00+04:00", Meta(page, "article:published_time"));
        Assert.Equal("2026-05-04T20:30:00+04:00", Meta(page, "article:modified_time"));
        Assert.Equal("Sport", Meta(page, "article:section"));
        Assert.Equal(["Football", "Sharjah FC"], page.QuerySelectorAll("meta[property='article:tag']").Select(m => m.GetAttribute("content")));
        Assert.Equal("http://localhost" + ArticlePaths.Author("en", author.Slug), Meta(page, "article:author"));
        Assert.Equal("Players lift the trophy", Meta(page, "og:image:alt"));
        Assert.Equal("Players lift the trophy", page.QuerySelector("meta[name='twitter:image:alt']")?.GetAttribute("content"));
        // The seeded 640 × 360 original is not enlarged: the card says the size it really is.
        Assert.Equal("640", Meta(page, "og:image:width"));
        Assert.Equal("360", Meta(page, "og:image:height"));
        Assert.Equal("en_US", Meta(page, "og:locale"));
        Assert.Null(Meta(page, "og:locale:alternate"));
    }

    [Fact]
    public async Task Arabic_pages_announce_ar_AE_and_pages_with_a_translation_name_the_other_locale()
    {
        var english = await _content.ArticleAsync(await _content.SectionAsync(), headline: "Rain closes schools");
        var arabic = await _content.ArticleAsync(await _content.SectionAsync("ar", "الإمارات"), headline: "أمطار تغلق المدارس");
        await _content.TranslateAsync(english, arabic);
        var client = Client;

        var (_, arabicPage) = await HtmlPage.GetAsync(client, ArticlePaths.Article("ar", arabic.Id, arabic.Slug));
        var (_, englishPage) = await HtmlPage.GetAsync(client, ArticlePaths.Article("en", english.Id, english.Slug));
        var (_, arabicHome) = await HtmlPage.GetAsync(client, "/ar");

        Assert.Equal("ar_AE", Meta(arabicPage, "og:locale"));
        Assert.Equal("en_US", Meta(arabicPage, "og:locale:alternate"));
        Assert.Equal("أمطار تغلق المدارس", Meta(arabicPage, "og:title"));
        Assert.Equal("الشارقة 24", Meta(arabicPage, "og:site_name"));
        Assert.Equal("en_US", Meta(englishPage, "og:locale"));
        Assert.Equal("ar_AE", Meta(englishPage, "og:locale:alternate"));
        Assert.Equal("ar_AE", Meta(arabicHome, "og:locale"));
        Assert.Equal("en_US", Meta(arabicHome, "og:locale:alternate"));
    }

    private static string? Meta(IHtmlDocument page, string property) =>
        page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");
}
