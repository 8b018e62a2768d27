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

    [Fact]
    public async Task More_on_this_topic_lists_pins_first_then_shared_topics_by_recency_never_itself_nor_other_editions()
    {
        var section = await _content.SectionAsync();
        var t1 = await _content.TopicAsync();
        var t2 = await _content.TopicAsync();
        var unrelated = await _content.TopicAsync();
        var now = DateTime.UtcNow;
        var article = await _content.ArticleAsync(section, topics: [t1, t2], publishedAt: now.AddHours(-1));
        var pinned = await _content.ArticleAsync(section, topics: [unrelated], publishedAt: now.AddDays(-30));
        var both = await _content.ArticleAsync(section, topics: [t1, t2], publishedAt: now.AddDays(-3));
        var newer = await _content.ArticleAsync(section, topics: [t1], publishedAt: now.AddHours(-2));
        var older = await _content.ArticleAsync(section, topics: [t2], publishedAt: now.AddHours(-5));
        await _content.ArticleAsync(section, topics: [unrelated], publishedAt: now.AddMinutes(-5));
        await _content.ArticleAsync(section, topics: [t1], status: ArticleStatus.Draft, publishedAt: now.AddMinutes(-5));
        await _content.PinAsync(article, pinned);

        var (_, page) = await HtmlPage.GetAsync(Client, ArticlePaths.Article("en", article.Id, article.Slug));

        var listed = page.QuerySelectorAll("[data-testid='more-on-topic'] h3 a").Select(a => a.TextContent).ToList();
        Assert.Equal([pinned.Headline, both.Headline, newer.Headline, older.Headline], listed);
    }

    [Fact]
    public async Task A_pinned_story_that_also_shares_topics_is_listed_once_and_the_list_stops_at_six()
    {
        var section = await _content.SectionAsync();
        var topic = await _content.TopicAsync();
        var now = DateTime.UtcNow;
        var article = await _content.ArticleAsync(section, topics: [topic], publishedAt: now.AddHours(-1));
        var pinned = await _content.ArticleAsync(section, topics: [topic], publishedAt: now.AddHours(-2));
        var sharing = new List<Article>();
        for (var i = 0; i < 7; i++)
        {
            sharing.Add(await _content.ArticleAsync(section, topics: [topic], publishedAt: now.AddHours(-3 - i)));
        }

        await _content.PinAsync(article, pinned);

        var (_, page) = await HtmlPage.GetAsync(Client, ArticlePaths.Article("en", article.Id, article.Slug));

        var listed = page.QuerySelectorAll("[data-testid='more-on-topic'] h3 a").Select(a => a.TextContent).ToList();
        Assert.Equal([pinned.Headline, .. sharing.Take(5).Select(a => a.Headline)], listed);
    }
}
