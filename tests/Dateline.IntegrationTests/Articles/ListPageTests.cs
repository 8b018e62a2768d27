using System.Net;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Articles;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.Articles;

public sealed class ListPageTests(DatelineFactory factory) : IClassFixture<DatelineFactory>
{
    private readonly TestContent _content = new(factory);

    private HttpClient Client => factory.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task Section_pages_walk_every_live_article_once_newest_first_through_load_more_links()
    {
        var section = await _content.SectionAsync();
        var now = DateTime.UtcNow;
        var same = now.AddMinutes(-115);
        var expected = new List<string>();
        for (var i = 0; i < 27; i++)
        {
            // Three share one publish time, so the id has to break the tie.
            var at = i is >= 10 and < 13 ? same : now.AddMinutes(-10 * (i + 1));
            expected.Add((await _content.ArticleAsync(section, headline: $"Headline {i:00} {_content.Unique}", publishedAt: at, withImage: i < 2)).Headline);
        }

        await _content.ArticleAsync(section, headline: "Draft that must not show", status: ArticleStatus.Draft);
        var seen = new List<string>();
        string? path = ArticlePaths.Section("en", section.Slug);
        var pages = 0;
        while (path is not null)
        {
            var (response, page) = await HtmlPage.GetAsync(Client, path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            seen.AddRange(page.QuerySelectorAll("[data-list] .card__title a").Select(a => a.TextContent));
            path = page.QuerySelector("[data-testid='load-more']")?.GetAttribute("href");
            Assert.True(++pages <= 5, "paging did not end");
        }

        // Ties on publish time are broken by id, newest (highest) first.
        var expectedOrder = expected.Take(10).Concat([expected[12], expected[11], expected[10]]).Concat(expected.Skip(13));
        Assert.Equal(expectedOrder, seen);
        Assert.Equal(3, pages);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("123")]
    [InlineData("-5")]
    [InlineData("99999999999999999999999-1")]
    [InlineData("638000000000000000-0")]
    [InlineData("638000000000000000-abc")]
    public async Task Malformed_paging_cursors_are_a_bad_request_in_the_sites_look(string after)
    {
        var section = await _content.SectionAsync();

        var (response, page) = await HtmlPage.GetAsync(Client, ArticlePaths.Section("en", section.Slug) + "?after=" + Uri.EscapeDataString(after));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("That address is not valid", page.QuerySelector("h1")?.TextContent);
        Assert.NotNull(page.QuerySelector("nav[aria-label='Sections']"));
    }

    [Fact]
    public async Task Topic_page_lists_only_articles_with_that_topic()
    {
        var section = await _content.SectionAsync();
        var topic = await _content.TopicAsync(name: "Climate");
        var tagged = await _content.ArticleAsync(section, topics: [topic]);
        var untagged = await _content.ArticleAsync(section);

        var (response, page) = await HtmlPage.GetAsync(Client, ArticlePaths.Topic("en", topic.Slug));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Climate", page.QuerySelector("h1")?.TextContent);
        var listed = page.QuerySelectorAll("[data-list] .card__title a").Select(a => a.TextContent).ToList();
        Assert.Contains(tagged.Headline, listed);
        Assert.DoesNotContain(untagged.Headline, listed);
    }

    [Theory]
    [InlineData("/en/section/no-such-section")]
    [InlineData("/en/topic/no-such-topic")]
    [InlineData("/fr")]
    [InlineData("/xx/section/world")]
    [InlineData("/en/article/999999/whatever")]
    [InlineData("/en/no/such/page")]
    [InlineData("/ar/article/999999")]
    public async Task Unknown_addresses_are_not_found_in_the_sites_look(string path)
    {
        var (response, page) = await HtmlPage.GetAsync(Client, path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotNull(page.QuerySelector(".error-page"));
        var expectedLang = path.StartsWith("/ar", StringComparison.Ordinal) ? "ar" : "en";
        Assert.Equal(expectedLang, page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Home_leads_with_the_newest_story_and_shows_a_block_per_section()
    {
        var section = await _content.SectionAsync(name: "Home Block Section");
        factory.Services.GetRequiredService<Dateline.Web.Features.Editions.EditionCatalog>().Invalidate();
        var lead = await _content.ArticleAsync(section, publishedAt: DateTime.UtcNow.AddSeconds(-1));

        var (response, page) = await HtmlPage.GetAsync(Client, "/en");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(lead.Headline, page.QuerySelector(".front__lead h3 a")?.TextContent);
        Assert.Contains(page.QuerySelectorAll(".block__title a"), a => a.TextContent == "Home Block Section");
        Assert.Contains(page.QuerySelectorAll(".section-nav a"), a => a.TextContent == "Home Block Section");
    }
}
