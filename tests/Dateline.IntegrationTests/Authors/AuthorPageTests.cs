using System.Net;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Topics;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.Authors;

public sealed class AuthorPageTests(DatelineFactory factory) : IClassFixture<DatelineFactory>
{
    private readonly TestContent _content = new(factory);

    private HttpClient Client => factory.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task Author_page_walks_the_authors_live_stories_of_its_edition_newest_first_through_load_more_links()
    {
        var author = await _content.AuthorAsync(bio: "Covers the Gulf economy.");
        var other = await _content.AuthorAsync();
        var section = await _content.SectionAsync();
        var arabic = await _content.SectionAsync("ar");
        var now = DateTime.UtcNow;
        var expected = new List<string>();
        for (var i = 0; i < 15; i++)
        {
            var article = await _content.ArticleAsync(section, headline: $"Byline {i:00} {_content.Unique}", publishedAt: now.AddMinutes(-5 * (i + 1)), withImage: false);
            await _content.CreditAsync(article, i % 3 == 0 ? [other, author] : [author]);
            expected.Add(article.Headline);
        }

        await _content.CreditAsync(await _content.ArticleAsync(section, headline: "Draft by the author", status: ArticleStatus.Draft, withImage: false), author);
        await _content.CreditAsync(await _content.ArticleAsync(section, headline: "Scheduled by the author", publishedAt: now.AddHours(1), withImage: false), author);
        await _content.CreditAsync(await _content.ArticleAsync(section, headline: "Someone else's", withImage: false), other);
        await _content.CreditAsync(await _content.ArticleAsync(arabic, headline: "خبر بالعربية", withImage: false), author);

        var seen = new List<string>();
        string? path = ArticlePaths.Author("en", author.Slug);
        var (first, firstPage) = await HtmlPage.GetAsync(Client, path);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(author.Name, firstPage.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal("Covers the Gulf economy.", firstPage.TestId("author-bio"));
        var pages = 0;
        while (path is not null)
        {
            var (response, page) = await HtmlPage.GetAsync(Client, path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            seen.AddRange(page.QuerySelectorAll("[data-list] .card__title a").Select(a => a.TextContent));
            path = page.QuerySelector("[data-testid='load-more']")?.GetAttribute("href");
            Assert.True(++pages <= 3, "paging did not end");
        }

        Assert.Equal(expected, seen);
        Assert.Equal(2, pages);
    }

    [Fact]
    public async Task Arabic_edition_shows_the_arabic_name_bio_and_photo()
    {
        var section = await _content.SectionAsync("ar");
        var withImage = await _content.ArticleAsync(section, headline: "صورة", withImage: true);
        var author = await _content.AuthorAsync(name: "Mona Saeed", nameAr: "منى سعيد", bio: "English bio", bioAr: "تغطي الاقتصاد", photoId: withImage.HeroImageId);
        await _content.CreditAsync(await _content.ArticleAsync(section, headline: "خبر منى", withImage: false), author);

        var (response, page) = await HtmlPage.GetAsync(Client, ArticlePaths.Author("ar", author.Slug));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("منى سعيد", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal("تغطي الاقتصاد", page.TestId("author-bio"));
        Assert.Contains($"/media/{withImage.HeroImageId}/", page.QuerySelector("[data-testid='author-header'] img")?.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Equal("خبر منى", page.QuerySelector("[data-list] .card__title a")?.TextContent);
    }

    [Fact]
    public async Task Unknown_authors_are_not_found_and_malformed_cursors_are_a_bad_request()
    {
        var author = await _content.AuthorAsync();

        var (missing, _) = await HtmlPage.GetAsync(Client, ArticlePaths.Author("en", "nobody-" + _content.Unique));
        var (badCursor, _) = await HtmlPage.GetAsync(Client, ArticlePaths.Author("en", author.Slug) + "?after=garbage");
        var (badEdition, _) = await HtmlPage.GetAsync(Client, ArticlePaths.Author("fr", author.Slug));

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badCursor.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, badEdition.StatusCode);
    }

    [Fact]
    public async Task Bylines_on_article_pages_link_every_author_to_their_page()
    {
        var section = await _content.SectionAsync();
        var first = await _content.AuthorAsync(name: "Sara Khan");
        var second = await _content.AuthorAsync(name: "Omar Ali");
        var article = await _content.ArticleAsync(section, withImage: false);
        await _content.CreditAsync(article, first, second);

        var (_, page) = await HtmlPage.GetAsync(Client, ArticlePaths.Article("en", article.Id, article.Slug));

        var links = page.QuerySelectorAll("[data-testid='byline'] a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Sara Khan", ArticlePaths.Author("en", first.Slug)), ("Omar Ali", ArticlePaths.Author("en", second.Slug))], links);
    }

    [Fact]
    public async Task A_newly_published_story_appears_on_the_cached_author_page_once_its_edition_is_evicted()
    {
        var author = await _content.AuthorAsync();
        var section = await _content.SectionAsync();
        await _content.CreditAsync(await _content.ArticleAsync(section, headline: "Older story", withImage: false), author);
        var client = factory.CreateClient();
        var path = ArticlePaths.Author("en", author.Slug);

        await HtmlPage.GetAsync(client, path);
        var fresh = await _content.ArticleAsync(section, headline: "Fresh story", publishedAt: DateTime.UtcNow.AddMinutes(-1), withImage: false);
        await _content.CreditAsync(fresh, author);
        var (_, cached) = await HtmlPage.GetAsync(client, path);
        await factory.Services.GetRequiredService<ArticleCacheEviction>().EvictAsync(fresh.Id, "en");
        var (_, evicted) = await HtmlPage.GetAsync(client, path);

        Assert.Equal("Older story", cached.QuerySelector("[data-list] .card__title a")?.TextContent);
        Assert.Equal("Fresh story", evicted.QuerySelector("[data-list] .card__title a")?.TextContent);
    }

    [Fact]
    public async Task An_old_topic_address_moves_permanently_to_the_topic_it_became()
    {
        var topic = await _content.TopicAsync();
        var oldSlug = "old-" + _content.Unique;
        await factory.SeedAsync((db, _) =>
        {
            db.TopicRedirects.Add(new TopicRedirect { EditionCode = "en", Slug = oldSlug, TopicId = topic.Id });
            return Task.CompletedTask;
        });

        var moved = await Client.GetAsync(ArticlePaths.Topic("en", oldSlug));
        var otherEdition = await Client.GetAsync(ArticlePaths.Topic("ar", oldSlug));

        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal(ArticlePaths.Topic("en", topic.Slug), moved.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, otherEdition.StatusCode);
    }

    [Fact]
    public async Task Embed_placeholders_in_a_body_reach_readers_as_links_to_the_provider()
    {
        var section = await _content.SectionAsync();
        var article = await _content.ArticleAsync(section, withImage: false,
            body: "<p dir=\"auto\">Watch:</p><figure data-embed=\"youtube\" data-id=\"dQw4w9WgXcQ\"></figure>");

        var (_, page) = await HtmlPage.GetAsync(Client, ArticlePaths.Article("en", article.Id, article.Slug));

        var link = page.QuerySelector("[data-testid='article-body'] figure.embed a");
        Assert.Equal("https://www.youtube.com/watch?v=dQw4w9WgXcQ", link?.GetAttribute("href"));
        Assert.Null(page.QuerySelector("[data-testid='article-body'] iframe"));
    }
}
