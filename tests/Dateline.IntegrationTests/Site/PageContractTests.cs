using System.Net;
using AngleSharp.Html.Dom;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Articles;
using Dateline.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.Site;

/// <summary>
/// What the public pages promise whatever the database — addresses, status codes, language and direction, the date
/// line, "More on this Topic", keyset paging, error pages in the site's look, output caching with tag eviction — run once per provider.
/// Addresses are spelled out rather than built with the app's helpers: they are the published contract.
/// </summary>
public abstract class PageContractTests(DatelineFactory factory)
{
    // 14:54 UTC is 6:54 PM in Asia/Dubai, the site's default time zone: the seed article's moment.
    private static readonly DateTime SeedMoment = new(2021, 12, 2, 14, 54, 0, DateTimeKind.Utc);

    private readonly TestContent _content = new(factory);

    private HttpClient Client => factory.CreateClient(new() { AllowAutoRedirect = false });

    [SkippableTheory]
    [InlineData("en", "ltr")]
    [InlineData("ar", "rtl")]
    public async Task Home_page_answers_in_its_language_and_direction_and_links_the_newest_story(string edition, string direction)
    {
        factory.RequireDatabase();
        var section = await _content.SectionAsync(edition);
        var article = await _content.ArticleAsync(section, publishedAt: DateTime.UtcNow.AddSeconds(-1), withImage: false);

        var page = await GetOkAsync($"/{edition}");

        AssertLanguage(page, edition, direction);
        Assert.NotNull(page.QuerySelector("[data-testid=edition-switch]"));
        Assert.NotNull(page.QuerySelector($"a[href^='/{edition}/article/{article.Id}/']"));
    }

    [SkippableTheory]
    [InlineData("en", "ltr")]
    [InlineData("ar", "rtl")]
    public async Task Section_and_topic_pages_list_their_published_articles(string edition, string direction)
    {
        factory.RequireDatabase();
        var section = await _content.SectionAsync(edition);
        var topic = await _content.TopicAsync(edition);
        var tagged = await _content.ArticleAsync(section, topics: [topic], withImage: false);
        var untagged = await _content.ArticleAsync(section, withImage: false);

        var sectionPage = await GetOkAsync($"/{edition}/section/{section.Slug}");
        var topicPage = await GetOkAsync($"/{edition}/topic/{topic.Slug}");

        AssertLanguage(sectionPage, edition, direction);
        AssertLanguage(topicPage, edition, direction);
        Assert.Equal([tagged.Id, untagged.Id], ArticleIds(sectionPage).Where(id => id == tagged.Id || id == untagged.Id).Order());
        Assert.Equal([tagged.Id], ArticleIds(topicPage).Where(id => id == tagged.Id || id == untagged.Id));
    }

    [SkippableFact]
    public async Task Article_page_shows_the_date_line_in_the_site_time_zone_at_the_top_and_the_end()
    {
        factory.RequireDatabase();
        var section = await _content.SectionAsync();
        var topic = await _content.TopicAsync(name: $"Contract topic {_content.Unique}");
        var agency = await _content.AgencyAsync();
        var article = await _content.ArticleAsync(section, publishedAt: SeedMoment, topics: [topic], agency: agency);

        var page = await GetOkAsync($"/en/article/{article.Id}/{article.Slug}");

        AssertLanguage(page, "en", "ltr");
        Assert.Equal(article.Headline, Text(page, "headline"));
        Assert.Equal("December 02, 2021 / 6:54 PM", Text(page, "dateline-top"));
        Assert.Equal("December 02, 2021 / 6:54 PM", Text(page, "dateline-bottom"));
        Assert.Equal("Sharjah 24 – AFP:", Text(page, "attribution"));
        Assert.Contains(topic.Name, Text(page, "related-topics"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"[data-testid=related-topics] a[href='/en/topic/{topic.Slug}']"));
    }

    [SkippableFact]
    public async Task Arabic_article_page_names_the_month_in_Arabic()
    {
        factory.RequireDatabase();
        var section = await _content.SectionAsync("ar");
        var article = await _content.ArticleAsync(section, headline: $"خبر تجريبي {_content.Unique}", publishedAt: SeedMoment, withImage: false);

        var page = await GetOkAsync($"/ar/article/{article.Id}/{Uri.EscapeDataString(article.Slug)}");

        AssertLanguage(page, "ar", "rtl");
        var dateLine = Text(page, "dateline-top");
        Assert.True(dateLine.Contains("ديسمبر", StringComparison.Ordinal) || dateLine.Contains("كانون الأول", StringComparison.Ordinal),
            $"Arabic date line without an Arabic month name: {dateLine}");
        Assert.Equal(dateLine, Text(page, "dateline-bottom"));
    }

    [SkippableFact]
    public async Task More_on_this_topic_lists_pins_first_then_shared_topics_by_recency_never_itself_nor_other_editions()
    {
        factory.RequireDatabase();
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

        var page = await GetOkAsync($"/en/article/{article.Id}/{article.Slug}");

        var listed = page.QuerySelectorAll("[data-testid='more-on-topic'] h3 a").Select(a => a.TextContent).ToList();
        Assert.Equal([pinned.Headline, both.Headline, newer.Headline, older.Headline], listed);
    }

    [SkippableFact]
    public async Task A_pinned_story_that_also_shares_topics_is_listed_once_and_the_list_stops_at_six()
    {
        factory.RequireDatabase();
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

        var page = await GetOkAsync($"/en/article/{article.Id}/{article.Slug}");

        var listed = page.QuerySelectorAll("[data-testid='more-on-topic'] h3 a").Select(a => a.TextContent).ToList();
        Assert.Equal([pinned.Headline, .. sharing.Take(5).Select(a => a.Headline)], listed);
    }

    [SkippableFact]
    public async Task More_on_this_topic_follows_stories_published_unpublished_or_rescheduled_after_they_were_tagged()
    {
        factory.RequireDatabase();
        var section = await _content.SectionAsync();
        var topic = await _content.TopicAsync();
        var now = DateTime.UtcNow;
        var article = await _content.ArticleAsync(section, topics: [topic], publishedAt: now.AddHours(-1), withImage: false);
        var draft = await _content.ArticleAsync(section, topics: [topic], status: ArticleStatus.Draft, publishedAt: now.AddHours(-2), withImage: false);
        var live = await _content.ArticleAsync(section, topics: [topic], publishedAt: now.AddHours(-3), withImage: false);
        var rescheduled = await _content.ArticleAsync(section, topics: [topic], publishedAt: now.AddHours(-4), withImage: false);

        // The list reads each story's status and time from its topic links, which the database keeps equal to the
        // story's: through a bulk update that bypasses EF's tracking as much as through a tracked save.
        await factory.SeedAsync(async (db, _) =>
        {
            await db.Articles.Where(a => a.Id == draft.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, ArticleStatus.Published));
            (await db.Articles.SingleAsync(a => a.Id == live.Id)).Status = ArticleStatus.Unpublished;
            (await db.Articles.SingleAsync(a => a.Id == rescheduled.Id)).PublishedAt = now.AddDays(1);
        });

        var page = await GetOkAsync($"/en/article/{article.Id}/{article.Slug}");

        var listed = page.QuerySelectorAll("[data-testid='more-on-topic'] h3 a").Select(a => a.TextContent).ToList();
        Assert.Equal([draft.Headline], listed);
    }

    [SkippableFact]
    public async Task More_on_this_topic_ranks_only_the_newest_stories_of_each_topic()
    {
        factory.RequireDatabase();
        var section = await _content.SectionAsync();
        var busy = await _content.TopicAsync();
        var quiet = await _content.TopicAsync();
        var now = DateTime.UtcNow;
        var article = await _content.ArticleAsync(section, topics: [busy, quiet], publishedAt: now.AddHours(-1), withImage: false);
        // Shares both topics, the most of any story, but in the busy topic it is older than the newest
        // CandidatesPerTopic stories, so only its quiet-topic link counts and newer stories outrank it.
        var old = await _content.ArticleAsync(section, topics: [busy, quiet], publishedAt: now.AddDays(-400), withImage: false);
        var recent = Enumerable.Range(0, ArticlePageQueries.CandidatesPerTopic).Select(i => new Article
        {
            EditionCode = section.EditionCode,
            Slug = $"busy-{_content.Unique}-{i}",
            Headline = $"Busy {_content.Unique} {i}",
            BodyHtml = "<p>Paragraph.</p>",
            SectionId = section.Id,
            Status = ArticleStatus.Published,
            PublishedAt = now.AddHours(-2).AddMinutes(-i),
            CreatedAt = now,
            Topics = { new ArticleTopic { TopicId = busy.Id } },
        }).ToList();
        await factory.SeedAsync((db, _) =>
        {
            db.Articles.AddRange(recent);
            return Task.CompletedTask;
        });

        var page = await GetOkAsync($"/en/article/{article.Id}/{article.Slug}");

        var listed = page.QuerySelectorAll("[data-testid='more-on-topic'] h3 a").Select(a => a.TextContent).ToList();
        Assert.DoesNotContain(old.Headline, listed);
        Assert.Equal(recent.Take(6).Select(a => a.Headline), listed);
    }

    [SkippableTheory]
    [InlineData("/en/section/{token}")]
    [InlineData("/ar/section/{token}")]
    [InlineData("/en/topic/{token}")]
    [InlineData("/ar/topic/{token}")]
    [InlineData("/en/article/2147483647/{token}")]
    [InlineData("/en/article/not-a-number/{token}")]
    [InlineData("/xx")]
    [InlineData("/en/{token}")]
    public async Task Unknown_addresses_answer_404_in_the_site_look(string template)
    {
        factory.RequireDatabase();
        var path = template.Replace("{token}", "missing-" + _content.Unique, StringComparison.Ordinal);

        var (response, page) = await GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.False(string.IsNullOrEmpty(page.DocumentElement.GetAttribute("lang")), "The 404 page has no lang.");
        Assert.NotNull(page.QuerySelector("[data-testid=edition-switch]"));
        Assert.NotNull(page.QuerySelector("link[rel=stylesheet]"));
    }

    [SkippableFact]
    public async Task Load_more_walks_a_section_newest_first_without_repeats_or_gaps()
    {
        factory.RequireDatabase();
        var section = await _content.SectionAsync();
        var expected = new List<int>();
        for (var i = 0; i < 45; i++)
        {
            // Five stories share one publish time, so the cursor has to break ties (by id, newest first).
            var at = i is >= 20 and < 25 ? SeedMoment.AddMinutes(-20) : SeedMoment.AddMinutes(-i);
            expected.Add((await _content.ArticleAsync(section, publishedAt: at, withImage: false)).Id);
        }

        var order = expected.Take(20).Concat(expected.Skip(20).Take(5).OrderDescending()).Concat(expected.Skip(25)).ToList();
        var seen = new List<int>();
        string? path = $"/en/section/{section.Slug}";
        for (var pages = 0; path is not null; pages++)
        {
            Assert.True(pages < 45, "Load more never ends.");
            var page = await GetOkAsync(path);
            seen.AddRange(ArticleIds(page).Where(expected.Contains));
            var href = page.QuerySelector("[data-testid=load-more]")?.GetAttribute("href");
            Assert.True(href is null || href.Contains("after=", StringComparison.Ordinal), $"Load more without a cursor: {href}");
            Assert.True(pages > 0 || href is not null, "A section of 45 stories has no Load more link.");
            path = href is null ? null : new Uri(new Uri("http://localhost" + path), href).PathAndQuery;
        }

        Assert.Equal(order, seen);
    }

    [SkippableTheory]
    [InlineData("garbage")]
    [InlineData("")]
    [InlineData("%00")]
    [InlineData("-1")]
    [InlineData("99999999999999999999999999-1")]
    [InlineData("%E2%80%AE%F0%9F%98%80")]
    [InlineData("x&after=y")]
    [InlineData("{long}")]
    public async Task Malformed_paging_cursor_answers_400_or_the_first_page_never_an_error(string after)
    {
        factory.RequireDatabase();
        var section = await _content.SectionAsync();
        var topic = await _content.TopicAsync();
        var article = await _content.ArticleAsync(section, topics: [topic], withImage: false);
        var cursor = after == "{long}" ? new string('7', 4000) + "-1" : after;

        foreach (var path in new[] { $"/en/section/{section.Slug}", $"/en/topic/{topic.Slug}" })
        {
            var (response, page) = await GetAsync($"{path}?after={cursor}");

            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest,
                $"{path}?after={cursor[..Math.Min(cursor.Length, 40)]} answered {(int)response.StatusCode}.");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                Assert.Equal([article.Id], ArticleIds(page).Where(id => id == article.Id));
            }
        }
    }

    [SkippableFact]
    public async Task Output_cache_keeps_serving_a_page_until_its_article_tag_is_evicted()
    {
        factory.RequireDatabase();
        var section = await _content.SectionAsync();
        var article = await _content.ArticleAsync(section, withImage: false);
        var path = $"/en/article/{article.Id}/{article.Slug}";
        Assert.Equal(article.Headline, Text(await GetOkAsync(path), "headline"));

        // Change the row behind the page's back: nothing was published, so nothing evicts the stored page.
        var corrected = article.Headline + " (corrected)";
        await factory.SeedAsync(async (db, _) =>
            await db.Articles.Where(a => a.Id == article.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Headline, corrected)));
        Assert.Equal(article.Headline, Text(await GetOkAsync(path), "headline"));

        await factory.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(CacheTags.Article(article.Id), CancellationToken.None);

        Assert.Equal(corrected, Text(await GetOkAsync(path), "headline"));
    }

    private async Task<(HttpResponseMessage Response, IHtmlDocument Page)> GetAsync(string path)
    {
        var (response, page) = await HtmlPage.GetAsync(Client, path);
        Assert.True((int)response.StatusCode < 500, $"{path} answered {(int)response.StatusCode}:\n{page.Body?.TextContent.Trim()}");
        return (response, page);
    }

    private async Task<IHtmlDocument> GetOkAsync(string path)
    {
        var (response, page) = await GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}.");
        return page;
    }

    private static void AssertLanguage(IHtmlDocument page, string lang, string direction)
    {
        Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(direction, page.DocumentElement.GetAttribute("dir"));
    }

    private static string Text(IHtmlDocument page, string testId)
    {
        var element = page.QuerySelector($"[data-testid={testId}]");
        Assert.True(element is not null, $"No element with data-testid={testId}.");
        return string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    // The articles a page's main content links to, in page order, each once.
    private static List<int> ArticleIds(IHtmlDocument page) =>
        page.QuerySelectorAll("main a[href*='/article/']")
            .Select(a => a.GetAttribute("href")!.Split('/'))
            .Where(parts => parts.Length > 3 && parts[2] == "article")
            .Select(parts => int.TryParse(parts[3], System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0)
            .Distinct()
            .ToList();
}
