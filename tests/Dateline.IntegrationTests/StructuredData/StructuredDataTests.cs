using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Articles;

namespace Dateline.IntegrationTests.StructuredData;

/// <summary>
/// The JSON-LD of public pages, read as a search engine does (every ld+json block parsed on its own) and checked
/// against Google's rich-result requirements for Article, Breadcrumb and the sitelinks search box.
/// </summary>
public sealed class StructuredDataTests(DatelineFactory factory) : IClassFixture<DatelineFactory>
{
    private readonly TestContent _content = new(factory);

    private HttpClient Client => factory.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task An_article_carries_a_news_article_with_what_googles_article_rich_result_requires_and_recommends()
    {
        var section = await _content.SectionAsync(name: "Business");
        var topics = new[] { await _content.TopicAsync(name: "Ports"), await _content.TopicAsync(name: "Trade") };
        var article = await _content.ArticleAsync(section, headline: "Khalid Port handles record container volumes", topics: topics,
            publishedAt: new DateTime(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc), imageWidth: 2400, imageHeight: 1500);
        var reporters = new[] { await _content.AuthorAsync("Mariam Al Suwaidi"), await _content.AuthorAsync("Omar Haddad") };
        await _content.CreditAsync(article, reporters);
        var client = Client;
        var path = ArticlePaths.Article("en", article.Id, article.Slug);

        var (_, page) = await HtmlPage.GetAsync(client, path);
        var news = Single(page, "NewsArticle");

        Assert.Equal("https://schema.org", news.GetProperty("@context").GetString());
        Assert.Equal(article.Headline, news.GetProperty("headline").GetString());
        Assert.Equal("http://localhost" + path, news.GetProperty("mainEntityOfPage").GetProperty("@id").GetString());
        Assert.Equal(page.QuerySelector("link[rel='canonical']")!.GetAttribute("href"), news.GetProperty("url").GetString());
        Assert.Equal("2026-03-01T12:00:00+04:00", news.GetProperty("datePublished").GetString());
        Assert.True(DateTimeOffset.TryParseExact(news.GetProperty("dateModified").GetString(), "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
        Assert.Equal("en", news.GetProperty("inLanguage").GetString());
        Assert.True(news.GetProperty("isAccessibleForFree").GetBoolean());
        Assert.Equal("Business", news.GetProperty("articleSection").GetString());
        Assert.Equal(["Ports", "Trade"], news.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
        Assert.False(string.IsNullOrEmpty(news.GetProperty("description").GetString()));

        // Google: several images, in 16:9, 4:3 and 1:1, at least 1,200 px wide (50,000 px at the very least).
        var images = news.GetProperty("image").EnumerateArray().Select(i => i.GetString()!).ToList();
        Assert.Equal(3, images.Count);
        var ratios = new List<double>();
        foreach (var image in images)
        {
            var (width, height, type) = await ImageAsync(client, image);
            Assert.Equal("image/jpeg", type);
            Assert.Equal(1200, width);
            ratios.Add(width / (double)height);
        }

        foreach (var (ratio, expected) in ratios.Zip([16 / 9.0, 4 / 3.0, 1.0]))
        {
            Assert.InRange(ratio, expected - 0.01, expected + 0.01);
        }

        var authors = news.GetProperty("author").EnumerateArray().ToList();
        Assert.Equal(["Mariam Al Suwaidi", "Omar Haddad"], authors.Select(a => a.GetProperty("name").GetString()));
        foreach (var author in authors)
        {
            Assert.Equal("Person", author.GetProperty("@type").GetString());
            var url = author.GetProperty("url").GetString()!;
            Assert.StartsWith("http://localhost/en/author/", url, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        }

        var publisher = news.GetProperty("publisher");
        Assert.Equal("Organization", publisher.GetProperty("@type").GetString());
        Assert.Equal("Sharjah 24", publisher.GetProperty("name").GetString());
        await AssertLogoAsync(client, publisher.GetProperty("logo"));

        Assert.Empty(SchemaOrgVocabulary.UnknownProperties(news));
        Assert.Empty(factory.Warnings);
    }

    [Fact]
    public async Task A_long_headline_is_cut_at_a_word_within_110_characters_and_agency_copy_is_credited_to_the_agency()
    {
        var section = await _content.SectionAsync();
        var agency = await _content.AgencyAsync("Reuters");
        var headline = "Ministers from across the Gulf meet in Sharjah to agree a timetable for the shared rail network linking six capitals";
        var article = await _content.ArticleAsync(section, headline: headline, agency: agency);

        var (_, page) = await HtmlPage.GetAsync(Client, ArticlePaths.Article("en", article.Id, article.Slug));
        var news = Single(page, "NewsArticle");

        var shown = news.GetProperty("headline").GetString()!;
        Assert.True(shown.Length <= 110, shown);
        Assert.EndsWith("…", shown, StringComparison.Ordinal);
        Assert.StartsWith(shown[..^1], headline, StringComparison.Ordinal);
        Assert.Equal(' ', headline[shown.Length - 1]);
        var author = Assert.Single(news.GetProperty("author").EnumerateArray());
        Assert.Equal("Organization", author.GetProperty("@type").GetString());
        Assert.Equal("Reuters", author.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_headline_holding_a_closing_script_tag_stays_inside_its_json_ld_block()
    {
        var section = await _content.SectionAsync();
        const string headline = "Why </script><script>alert(1)</script> & <!-- break things";
        var article = await _content.ArticleAsync(section, headline: headline);

        var response = await Client.GetAsync(ArticlePaths.Article("en", article.Id, article.Slug));
        var html = await response.Content.ReadAsStringAsync();
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.DoesNotContain(page.Scripts, s => s.TextContent.Contains("alert(1)", StringComparison.Ordinal) && s.Type != "application/ld+json");
        Assert.Equal(headline, Single(page, "NewsArticle").GetProperty("headline").GetString());
        Assert.Equal(headline, Single(page, "BreadcrumbList").GetProperty("itemListElement")[2].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Article_section_and_topic_pages_carry_breadcrumbs_whose_items_answer()
    {
        var section = await _content.SectionAsync(name: "Emirates");
        var topic = await _content.TopicAsync(name: "Rain");
        var article = await _content.ArticleAsync(section, headline: "Heavy rain closes schools", topics: [topic]);
        var client = Client;

        var expected = new Dictionary<string, string[]>
        {
            [ArticlePaths.Article("en", article.Id, article.Slug)] = ["Sharjah 24", "Emirates", "Heavy rain closes schools"],
            [ArticlePaths.Section("en", section.Slug)] = ["Sharjah 24", "Emirates"],
            [ArticlePaths.Topic("en", topic.Slug)] = ["Sharjah 24", "Rain"],
        };
        foreach (var (path, names) in expected)
        {
            var (_, page) = await HtmlPage.GetAsync(client, path);
            var breadcrumbs = Single(page, "BreadcrumbList");
            var items = breadcrumbs.GetProperty("itemListElement").EnumerateArray().ToList();

            Assert.Equal(names, items.Select(i => i.GetProperty("name").GetString()));
            Assert.Equal(Enumerable.Range(1, names.Length), items.Select(i => i.GetProperty("position").GetInt32()));
            Assert.Equal("http://localhost/en", items[0].GetProperty("item").GetString());
            Assert.Equal("http://localhost" + path, items[^1].GetProperty("item").GetString());
            foreach (var item in items)
            {
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(item.GetProperty("item").GetString())).StatusCode);
            }

            Assert.Empty(SchemaOrgVocabulary.UnknownProperties(breadcrumbs));
        }
    }

    [Theory]
    [InlineData("en", "Sharjah 24")]
    [InlineData("ar", "الشارقة 24")]
    public async Task Home_pages_describe_the_site_with_a_working_search_box_and_the_publisher_with_its_logo(string edition, string siteName)
    {
        var client = Client;

        var (_, page) = await HtmlPage.GetAsync(client, "/" + edition);
        var site = Single(page, "WebSite");
        var organization = Single(page, "Organization");

        Assert.Equal(siteName, site.GetProperty("name").GetString());
        Assert.Equal($"http://localhost/{edition}", site.GetProperty("url").GetString());
        Assert.Equal(organization.GetProperty("@id").GetString(), site.GetProperty("publisher").GetProperty("@id").GetString());
        var action = site.GetProperty("potentialAction");
        Assert.Equal("SearchAction", action.GetProperty("@type").GetString());
        Assert.Equal("required name=search_term_string", action.GetProperty("query-input").GetString());
        var template = action.GetProperty("target").GetProperty("urlTemplate").GetString()!;
        Assert.Equal($"http://localhost/{edition}/search?q={{search_term_string}}", template);

        var (response, results) = await HtmlPage.GetAsync(client, template.Replace("{search_term_string}", Uri.EscapeDataString("Sharjah rain"), StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Sharjah rain", results.QuerySelector("#search-page-q")?.GetAttribute("value"));

        Assert.Equal(siteName, organization.GetProperty("name").GetString());
        await AssertLogoAsync(client, organization.GetProperty("logo"));
        Assert.Empty(SchemaOrgVocabulary.UnknownProperties(site));
        Assert.Empty(SchemaOrgVocabulary.UnknownProperties(organization));
    }

    [Fact]
    public async Task Arabic_json_ld_keeps_arabic_text_as_itself_and_names_authors_in_arabic()
    {
        var section = await _content.SectionAsync("ar", "الإمارات");
        var article = await _content.ArticleAsync(section, headline: "أمطار غزيرة تغلق المدارس في الشارقة");
        await _content.CreditAsync(article, await _content.AuthorAsync("Mariam Al Suwaidi", "مريم السويدي"));

        var response = await Client.GetAsync(ArticlePaths.Article("ar", article.Id, article.Slug));
        var html = await response.Content.ReadAsStringAsync();
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var block = page.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent).First(t => t.Contains("NewsArticle", StringComparison.Ordinal));

        Assert.Contains("\"headline\":\"أمطار غزيرة تغلق المدارس في الشارقة\"", block, StringComparison.Ordinal);
        var news = Single(page, "NewsArticle");
        Assert.Equal("ar", news.GetProperty("inLanguage").GetString());
        Assert.Equal("مريم السويدي", news.GetProperty("author")[0].GetProperty("name").GetString());
        Assert.Equal("الشارقة 24", news.GetProperty("publisher").GetProperty("name").GetString());
        Assert.StartsWith("http://localhost/ar/author/", news.GetProperty("author")[0].GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    /// <summary>The only ld+json block on the page whose top-level @type is <paramref name="type"/>.</summary>
    internal static JsonElement Single(IHtmlDocument page, string type) =>
        Assert.Single(Nodes(page), n => n.GetProperty("@type").GetString() == type);

    internal static List<JsonElement> Nodes(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement.Clone())];

    /// <summary>Fetches an image and reads its real size (not what the page claims).</summary>
    internal static async Task<(int Width, int Height, string? ContentType)> ImageAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var image = NetVips.Image.NewFromBuffer(bytes);
        return (image.Width, image.Height, response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task AssertLogoAsync(HttpClient client, JsonElement logo)
    {
        Assert.Equal("ImageObject", logo.GetProperty("@type").GetString());
        var (width, height, type) = await ImageAsync(client, logo.GetProperty("url").GetString()!);
        Assert.Equal("image/png", type);
        Assert.Equal(logo.GetProperty("width").GetInt32(), width);
        Assert.Equal(logo.GetProperty("height").GetInt32(), height);
        Assert.True(height >= 112, "Google asks for a logo at least 112 px high.");
    }
}
