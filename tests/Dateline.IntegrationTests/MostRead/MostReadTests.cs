using System.Net;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Articles.Publishing;
using Dateline.Web.Features.MostRead;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublishingDesk = Dateline.IntegrationTests.Search.Newsroom;

namespace Dateline.IntegrationTests.MostRead;

/// <summary>View counting through the article page's beacon, and the lists it feeds, on each database.</summary>
public abstract class MostReadTests
{
    private const string Browser = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

    protected abstract DatelineFactory CreateSite();

    private DatelineFactory Site(bool backgroundFlush = false)
    {
        var site = CreateSite();
        site.Settings["MostRead:BackgroundFlush"] = backgroundFlush ? "true" : "false";
        return site;
    }

    private static HttpClient Reader(DatelineFactory site)
    {
        var client = site.CreateClient();
        client.DefaultRequestHeaders.UserAgent.ParseAdd(Browser);
        return client;
    }

    /// <summary>Opens the article page as a browser would: the page, then the beacon image it names.</summary>
    private static async Task<HttpResponseMessage> ViewAsync(HttpClient reader, Article article)
    {
        var (page, document) = await HtmlPage.GetAsync(reader, ArticlePaths.Article(article.EditionCode, article.Id, article.Slug));
        var beacon = document.QuerySelector("img.view-beacon")?.GetAttribute("src")
            ?? throw new InvalidOperationException("The article page has no view beacon.");
        (await reader.GetAsync(beacon)).EnsureSuccessStatusCode();
        return page;
    }

    private static async Task<long> StoredViewsAsync(TestContent content, int articleId) =>
        await content.QueryAsync(db => db.ArticleViews.Where(v => v.ArticleId == articleId).SumAsync(v => v.Views));

    [SkippableFact]
    public async Task Views_of_output_cached_article_pages_are_counted_and_rank_the_edition_lists_on_the_home_page()
    {
        await using var site = Site();
        site.RequireDatabase();
        var content = new TestContent(site);
        var section = await content.SectionAsync();
        var most = await content.ArticleAsync(section, headline: $"Most viewed {content.Unique}", withImage: false);
        var fewer = await content.ArticleAsync(section, headline: $"Viewed once {content.Unique}", withImage: false);
        var unseen = await content.ArticleAsync(section, headline: $"Never viewed {content.Unique}", withImage: false);
        var reader = Reader(site);

        var pages = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            pages.Add(await ViewAsync(reader, most));
        }

        await ViewAsync(reader, fewer);
        var written = await site.Services.GetRequiredService<ViewFlusher>().RunOnceAsync(CancellationToken.None);
        var (_, home) = await HtmlPage.GetAsync(reader, "/en");
        var (_, articlePage) = await HtmlPage.GetAsync(reader, ArticlePaths.Article("en", unseen.Id, unseen.Slug));

        Assert.All(pages.Skip(1), p => Assert.NotNull(p.Headers.Age)); // served from the output cache, still counted
        Assert.Equal(4, written);
        Assert.Equal(3, await StoredViewsAsync(content, most.Id));
        Assert.Equal(1, await StoredViewsAsync(content, fewer.Id));
        foreach (var list in new[] { "most-read-day", "most-read-week" })
        {
            var items = home.QuerySelectorAll($"[data-testid='{list}'] a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
            Assert.Equal(
                [(most.Headline, ArticlePaths.Article("en", most.Id, most.Slug)), (fewer.Headline, ArticlePaths.Article("en", fewer.Id, fewer.Slug))],
                items);
        }

        Assert.Equal(2, articlePage.QuerySelectorAll("[data-testid='most-read-day'] li").Length);
        Assert.Empty((await HtmlPage.GetAsync(reader, "/ar")).Document.QuerySelectorAll("[data-testid='most-read']"));
    }

    [SkippableFact]
    public async Task Bots_scripts_and_prefetches_are_not_counted_and_the_beacon_is_never_cached_nor_sets_a_cookie()
    {
        await using var site = Site();
        site.RequireDatabase();
        var content = new TestContent(site);
        var article = await content.ArticleAsync(await content.SectionAsync(), withImage: false);
        var client = site.CreateClient();
        var beacon = ViewBeacon.PathOf(article.Id);
        var agents = new[]
        {
            "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
            "Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
            "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
            "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36",
            "curl/8.5.0",
            "python-requests/2.32.3",
            "",
        };

        var responses = new List<HttpResponseMessage>();
        foreach (var agent in agents)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, beacon);
            request.Headers.TryAddWithoutValidation("User-Agent", agent);
            responses.Add(await client.SendAsync(request));
        }

        using (var prefetch = new HttpRequestMessage(HttpMethod.Get, beacon))
        {
            prefetch.Headers.TryAddWithoutValidation("User-Agent", Browser);
            prefetch.Headers.TryAddWithoutValidation("Sec-Purpose", "prefetch;prerender");
            responses.Add(await client.SendAsync(prefetch));
        }

        var person = await Reader(site).GetAsync(beacon);
        responses.Add(person);
        var written = await site.Services.GetRequiredService<ViewFlusher>().RunOnceAsync(CancellationToken.None);

        Assert.Equal(1, written);
        Assert.Equal(1, await StoredViewsAsync(content, article.Id));
        Assert.All(responses, r =>
        {
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Equal("image/gif", r.Content.Headers.ContentType?.MediaType);
            Assert.True(r.Headers.CacheControl?.NoStore);
            Assert.False(r.Headers.Contains("Set-Cookie"));
        });
        Assert.Equal("GIF89a"u8.ToArray(), (await person.Content.ReadAsByteArrayAsync())[..6]);
    }

    [SkippableFact]
    public async Task Unknown_and_unpublished_stories_are_neither_stored_nor_listed()
    {
        await using var site = Site();
        site.RequireDatabase();
        var content = new TestContent(site);
        var section = await content.SectionAsync();
        var draft = await content.ArticleAsync(section, status: ArticleStatus.Draft, withImage: false);
        var listed = await content.ArticleAsync(section, headline: $"Read then withdrawn {content.Unique}", withImage: false);
        var reader = Reader(site);
        var flusher = site.Services.GetRequiredService<ViewFlusher>();
        var lists = site.Services.GetRequiredService<MostReadLists>();

        await reader.GetAsync(ViewBeacon.PathOf(int.MaxValue));
        await reader.GetAsync(ViewBeacon.PathOf(draft.Id));
        await ViewAsync(reader, listed);
        await flusher.RunOnceAsync(CancellationToken.None);
        var before = lists.For("en").Day.Select(i => i.Id).ToList();
        await PublishingDesk.ChangeAsync(site, listed.Id, ArticleEventKind.Unpublished, a => a.Status = ArticleStatus.Unpublished);
        var after = lists.For("en").Day.Select(i => i.Id).ToList();
        await flusher.RunOnceAsync(CancellationToken.None);
        var refreshed = lists.For("en").Day.Select(i => i.Id).ToList();

        Assert.Equal([listed.Id], await content.QueryAsync(db => db.ArticleViews.Select(v => v.ArticleId).Distinct().ToListAsync()));
        Assert.Equal([listed.Id], before);
        Assert.Empty(after);
        Assert.Empty(refreshed);
    }

    [SkippableFact]
    public async Task Views_counted_on_two_nodes_add_up_and_a_stopping_node_writes_what_it_holds()
    {
        await using var site = Site();
        site.RequireDatabase();
        var content = new TestContent(site);
        var article = await content.ArticleAsync(await content.SectionAsync(), withImage: false);
        await ViewAsync(Reader(site), article);
        await site.Services.GetRequiredService<ViewFlusher>().RunOnceAsync(CancellationToken.None);

        await using (var other = site.AnotherNode())
        {
            other.Settings["MostRead:BackgroundFlush"] = "true";
            other.Settings["MostRead:FlushInterval"] = "01:00:00";
            var reader = Reader(other);
            for (var i = 0; i < 3; i++)
            {
                (await reader.GetAsync(ViewBeacon.PathOf(article.Id))).EnsureSuccessStatusCode();
            }
        }

        Assert.Equal(4, await StoredViewsAsync(content, article.Id));
    }
}
