using System.Net;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Articles;

namespace Dateline.IntegrationTests.Articles;

public sealed class ArticlePageTests(DatelineFactory factory) : IClassFixture<DatelineFactory>
{
    private readonly TestContent _content = new(factory);

    private HttpClient Client => factory.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task Agency_story_shows_every_element_of_the_seed_page()
    {
        var section = await _content.SectionAsync();
        var topics = new[] { await _content.TopicAsync(name: "Russia"), await _content.TopicAsync(name: "NATO") };
        var agency = await _content.AgencyAsync();
        var article = await _content.ArticleAsync(section,
            headline: "Lavrov to Blinken: Russia needs 'security guarantees' on borders",
            publishedAt: new DateTime(2021, 12, 2, 14, 54, 0, DateTimeKind.Utc),
            topics: topics, agency: agency,
            body: "<p>Russian Foreign Minister Sergei Lavrov told US Secretary of State Antony Blinken.</p><p>Second.</p>",
            caption: "US Secretary of State Antony Blinken gestures", credit: "AFP");

        var (response, page) = await HtmlPage.GetAsync(Client, ArticlePaths.Article("en", article.Id, article.Slug));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Lavrov to Blinken: Russia needs 'security guarantees' on borders", page.TestId("headline"));
        Assert.Equal("December 02, 2021 / 6:54 PM", page.TestId("dateline-top"));
        Assert.Equal("December 02, 2021 / 6:54 PM", page.TestId("dateline-bottom"));
        Assert.Equal("Sharjah 24 – AFP:", page.TestId("attribution"));
        Assert.StartsWith("Sharjah 24 – AFP: Russian Foreign Minister", page.QuerySelector("[data-testid='article-body'] p")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("Image for the title: Lavrov to Blinken: Russia needs 'security guarantees' on borders",
            page.QuerySelector("[data-testid='hero-image'] img")?.GetAttribute("alt"));
        Assert.Contains("US Secretary of State Antony Blinken gestures", page.TestId("caption"), StringComparison.Ordinal);
        Assert.Contains("AFP", page.TestId("caption"), StringComparison.Ordinal);
        var download = page.QuerySelector("[data-testid='download-image']")!;
        Assert.True(download.HasAttribute("download"));
        Assert.EndsWith("/download/lavrov-to-blinken-russia-needs-security-guarantees-on-borders", download.GetAttribute("href"), StringComparison.Ordinal);
        var topicLinks = page.QuerySelectorAll("[data-testid='related-topics'] a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Russia", ArticlePaths.Topic("en", topics[0].Slug)), ("NATO", ArticlePaths.Topic("en", topics[1].Slug))], topicLinks);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ltr", page.DocumentElement.GetAttribute("dir"));
        Assert.Empty(factory.Warnings);
    }

    [Fact]
    public async Task Staff_story_has_no_attribution_and_keeps_the_editors_alt_text()
    {
        var section = await _content.SectionAsync();
        var article = await _content.ArticleAsync(section, altText: "Crowds at the Sharjah corniche at dusk");

        var (_, page) = await HtmlPage.GetAsync(Client, ArticlePaths.Article("en", article.Id, article.Slug));

        Assert.Null(page.TestId("attribution"));
        Assert.Equal("Crowds at the Sharjah corniche at dusk", page.QuerySelector("[data-testid='hero-image'] img")?.GetAttribute("alt"));
    }

    [Fact]
    public async Task Arabic_story_is_right_to_left_with_arabic_month_names_and_attribution()
    {
        var section = await _content.SectionAsync("ar", "العالم");
        var agency = await _content.AgencyAsync("WAM", "وام");
        var article = await _content.ArticleAsync(section, headline: "لافروف يطالب بضمانات أمنية", agency: agency,
            publishedAt: new DateTime(2021, 12, 2, 14, 54, 0, DateTimeKind.Utc), body: "<p>قال وزير الخارجية الروسي.</p>");

        var (response, page) = await HtmlPage.GetAsync(Client, ArticlePaths.Article("ar", article.Id, article.Slug));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        Assert.Equal("ar", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("02 ديسمبر 2021 / 6:54 م", page.TestId("dateline-top"));
        Assert.Equal("الشارقة 24 – وام:", page.TestId("attribution"));
        Assert.Equal("صورة لعنوان: لافروف يطالب بضمانات أمنية", page.QuerySelector("[data-testid='hero-image'] img")?.GetAttribute("alt"));
    }

    [Fact]
    public async Task An_outdated_slug_redirects_permanently_to_the_current_address()
    {
        var section = await _content.SectionAsync();
        var article = await _content.ArticleAsync(section);

        var response = await Client.GetAsync($"/en/article/{article.Id}/an-old-slug");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(ArticlePaths.Article("en", article.Id, article.Slug), response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData(ArticleStatus.Draft, -1)]
    [InlineData(ArticleStatus.Scheduled, 24)]
    [InlineData(ArticleStatus.Published, 24)]
    [InlineData(ArticleStatus.Unpublished, -1)]
    public async Task Articles_readers_may_not_see_yet_are_not_found(ArticleStatus status, int hoursFromNow)
    {
        var section = await _content.SectionAsync();
        var article = await _content.ArticleAsync(section, status: status, publishedAt: DateTime.UtcNow.AddHours(hoursFromNow));

        var (response, page) = await HtmlPage.GetAsync(Client, ArticlePaths.Article("en", article.Id, article.Slug));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent);
        Assert.DoesNotContain(article.Headline, page.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_article_is_not_found_in_the_other_edition()
    {
        var section = await _content.SectionAsync();
        var article = await _content.ArticleAsync(section);

        var response = await Client.GetAsync(ArticlePaths.Article("ar", article.Id, article.Slug));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
