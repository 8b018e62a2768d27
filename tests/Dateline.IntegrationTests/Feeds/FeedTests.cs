using System.Net;
using System.Net.Http.Headers;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Articles.Publishing;
using Dateline.Web.Features.Authors;
using Dateline.Web.Features.Sections;
using Dateline.Web.Features.Topics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using FeedParser = CodeHollow.FeedReader.FeedReader;

namespace Dateline.IntegrationTests.Feeds;

public sealed class FeedTests(DatelineFactory factory) : IClassFixture<DatelineFactory>
{
    private const string Origin = "http://localhost";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Media = "http://search.yahoo.com/mrss/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    private readonly TestContent _content = new(factory);

    private HttpClient Client => factory.CreateClient(new() { AllowAutoRedirect = false });

    public static TheoryData<string, string> EveryList() => new()
    {
        { "home", "rss.xml" }, { "home", "atom.xml" },
        { "section", "rss.xml" }, { "section", "atom.xml" },
        { "topic", "rss.xml" }, { "topic", "atom.xml" },
        { "author", "rss.xml" }, { "author", "atom.xml" },
    };

    [Theory]
    [MemberData(nameof(EveryList))]
    public async Task Every_list_feed_passes_the_feedvalidator_rules_and_reads_back_in_both_parsers(string list, string file)
    {
        var story = await StoryAsync("en");
        await factory.Services.GetRequiredService<ArticleCacheEviction>().EvictAsync(story.Article.Id, "en");
        var path = FeedPath(list, "en", story) + "/" + file;

        var (response, xml) = await GetFeedAsync(path);

        Assert.Equal(file == "rss.xml" ? "application/rss+xml" : "application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Empty(FeedRules.Check(XDocument.Parse(xml)));

        using (var reader = XmlReader.Create(new StringReader(xml)))
        {
            var syndication = SyndicationFeed.Load(reader);
            Assert.Equal("en", syndication.Language);
            var item = Assert.Single(syndication.Items, i => i.Title.Text == story.Article.Headline);
            Assert.Equal(new Uri(Origin + ArticlePaths.Article("en", story.Article.Id, story.Article.Slug)), item.Links.First(l => l.RelationshipType is null or "alternate").Uri);
            Assert.Equal(Origin + $"/en/article/{story.Article.Id}", item.Id);
        }

        var parsed = FeedParser.ReadFromString(xml);
        var parsedItem = Assert.Single(parsed.Items, i => i.Title == story.Article.Headline);
        Assert.Equal(Origin + ArticlePaths.Article("en", story.Article.Id, story.Article.Slug), parsedItem.Link);
        Assert.Equal(Origin + $"/en/article/{story.Article.Id}", parsedItem.Id);
        Assert.NotNull(parsedItem.PublishingDate);
        Assert.Equal(story.Article.PublishedAt!.Value, parsedItem.PublishingDate!.Value.ToUniversalTime(), TimeSpan.FromSeconds(1));
        if (file == "rss.xml")
        {
            // The reader's Atom parser ignores xml:lang; System.ServiceModel.Syndication reads it above.
            Assert.Equal("en", parsed.Language);
        }

        Assert.Empty(factory.Warnings);
    }

    [Fact]
    public async Task Rss_items_have_absolute_links_a_stable_guid_rfc822_dates_bylines_and_the_hero_image_with_its_length()
    {
        var story = await StoryAsync("en");

        var (_, xml) = await GetFeedAsync(ArticlePaths.Section("en", story.Section.Slug) + "/rss.xml");
        var channel = XDocument.Parse(xml).Root!.Element("channel")!;
        var item = Assert.Single(channel.Elements("item"));

        Assert.Equal(Origin + ArticlePaths.Section("en", story.Section.Slug), channel.Element("link")!.Value);
        Assert.Equal(Origin + ArticlePaths.Section("en", story.Section.Slug) + "/rss.xml",
            channel.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        Assert.Equal("en", channel.Element("language")!.Value);
        Assert.Equal("true", item.Element("guid")!.Attribute("isPermaLink")!.Value);
        Assert.Equal(Origin + $"/en/article/{story.Article.Id}", item.Element("guid")!.Value);
        Assert.Equal(story.Article.PublishedAt!.Value.ToString("ddd, dd MMM yyyy HH:mm:ss 'GMT'", System.Globalization.CultureInfo.InvariantCulture),
            item.Element("pubDate")!.Value);
        Assert.Equal("Jane Doe", item.Element(Dc + "creator")!.Value);
        Assert.Null(item.Element(XName.Get("encoded", "http://purl.org/rss/1.0/modules/content/")));

        // The guid without the slug still leads to the story.
        using var guid = await Client.GetAsync(item.Element("guid")!.Value);
        Assert.Equal(HttpStatusCode.MovedPermanently, guid.StatusCode);
        Assert.Equal(ArticlePaths.Article("en", story.Article.Id, story.Article.Slug), guid.Headers.Location?.OriginalString);

        var enclosure = item.Element("enclosure")!;
        var media = item.Element(Media + "content")!;
        Assert.Equal("image/jpeg", enclosure.Attribute("type")!.Value);
        Assert.Equal(enclosure.Attribute("url")!.Value, media.Attribute("url")!.Value);
        Assert.Equal("640", media.Attribute("width")!.Value);
        Assert.Equal("360", media.Attribute("height")!.Value);
        using var image = await Client.GetAsync(enclosure.Attribute("url")!.Value);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal(long.Parse(enclosure.Attribute("length")!.Value, System.Globalization.CultureInfo.InvariantCulture),
            (await image.Content.ReadAsByteArrayAsync()).LongLength);
        Assert.Empty(factory.Warnings);
    }

    [Fact]
    public async Task Atom_entries_have_rfc3339_dates_author_pages_a_summary_and_an_enclosure_link()
    {
        var story = await StoryAsync("en");

        var (_, xml) = await GetFeedAsync(ArticlePaths.Topic("en", story.Topic.Slug) + "/atom.xml");
        var feed = XDocument.Parse(xml).Root!;
        var entry = Assert.Single(feed.Elements(Atom + "entry"));

        Assert.Equal(Origin + ArticlePaths.Topic("en", story.Topic.Slug), feed.Element(Atom + "id")!.Value);
        Assert.Equal(story.Article.PublishedAt!.Value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            entry.Element(Atom + "published")!.Value);
        Assert.Equal(Origin + "/en/author/" + story.Author.Slug, entry.Element(Atom + "author")!.Element(Atom + "uri")!.Value);
        Assert.Equal("<p>First paragraph.</p>", entry.Element(Atom + "summary")!.Value);
        Assert.Null(entry.Element(Atom + "content"));
        var enclosure = entry.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "enclosure");
        Assert.True(long.Parse(enclosure.Attribute("length")!.Value, System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Empty(factory.Warnings);
    }

    [Theory]
    [InlineData("rss.xml")]
    [InlineData("atom.xml")]
    public async Task Arabic_feeds_name_their_language_and_mark_their_html_right_to_left(string file)
    {
        var story = await StoryAsync("ar", "الشارقة تفتتح مكتبة جديدة");

        var (_, xml) = await GetFeedAsync(ArticlePaths.Section("ar", story.Section.Slug) + "/" + file);
        var root = XDocument.Parse(xml).Root!;

        Assert.Empty(FeedRules.Check(root.Document!));
        if (file == "rss.xml")
        {
            Assert.Equal("ar", root.Element("channel")!.Element("language")!.Value);
            Assert.StartsWith("<div dir=\"rtl\" lang=\"ar\">", root.Descendants("description").Last().Value, StringComparison.Ordinal);
            Assert.Contains("الشارقة تفتتح مكتبة جديدة", xml, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal("ar", root.Attribute(XNamespace.Xml + "lang")!.Value);
            Assert.StartsWith("<div dir=\"rtl\" lang=\"ar\">", root.Descendants(Atom + "summary").Single().Value, StringComparison.Ordinal);
        }

        Assert.Empty(factory.Warnings);
    }

    [Theory]
    [InlineData("rss.xml")]
    [InlineData("atom.xml")]
    public async Task A_repeated_request_with_the_feeds_etag_or_date_gets_304(string file)
    {
        var story = await StoryAsync("en");
        var path = ArticlePaths.Section("en", story.Section.Slug) + "/" + file;

        var (first, _) = await GetFeedAsync(path);
        var etag = first.Headers.ETag;
        var lastModified = first.Content.Headers.LastModified;

        Assert.NotNull(etag);
        Assert.True(etag.IsWeak);
        Assert.Equal(story.Article.PublishedAt!.Value, lastModified!.Value.UtcDateTime, TimeSpan.FromSeconds(1));

        using var byTag = new HttpRequestMessage(HttpMethod.Get, path);
        byTag.Headers.IfNoneMatch.Add(etag);
        using var notModified = await Client.SendAsync(byTag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        using var byDate = new HttpRequestMessage(HttpMethod.Get, path);
        byDate.Headers.IfModifiedSince = lastModified;
        using var notModifiedSince = await Client.SendAsync(byDate);
        Assert.Equal(HttpStatusCode.NotModified, notModifiedSince.StatusCode);

        using var stale = new HttpRequestMessage(HttpMethod.Get, path);
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\"", isWeak: true));
        using var changed = await Client.SendAsync(stale);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Empty(factory.Warnings);
    }

    [Fact]
    public async Task Publishing_an_update_through_the_publish_path_evicts_the_cached_feed_and_changes_its_etag()
    {
        var story = await StoryAsync("en");
        var path = ArticlePaths.Section("en", story.Section.Slug) + "/rss.xml";
        var (before, _) = await GetFeedAsync(path);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Dateline.Web.Infrastructure.Data.DatelineDbContext>();
            var article = await db.Articles.SingleAsync(a => a.Id == story.Article.Id);
            article.Headline = "Updated headline " + _content.Unique;
            article.UpdatedAt = DateTime.UtcNow;
            await scope.ServiceProvider.GetRequiredService<ArticlePublishing>().SaveAsync(db, [(article, ArticleEventKind.Updated)]);
        }

        var (after, xml) = await GetFeedAsync(path);

        Assert.Contains("Updated headline " + _content.Unique, xml, StringComparison.Ordinal);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.True(after.Content.Headers.LastModified > before.Content.Headers.LastModified);
        Assert.Empty(factory.Warnings);
    }

    [Theory]
    [InlineData("/en/section/no-such-section/rss.xml")]
    [InlineData("/en/topic/no-such-topic/atom.xml")]
    [InlineData("/en/author/no-such-author/rss.xml")]
    [InlineData("/xx/rss.xml")]
    public async Task A_feed_of_a_list_that_does_not_exist_is_404(string path)
    {
        using var response = await Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Pages_with_a_feed_link_both_formats_in_their_head_and_the_links_resolve()
    {
        var story = await StoryAsync("en");

        foreach (var page in new[] { "/en", ArticlePaths.Section("en", story.Section.Slug), ArticlePaths.Topic("en", story.Topic.Slug) })
        {
            var (_, document) = await HtmlPage.GetAsync(Client, page);
            var links = document.QuerySelectorAll("head link[rel=alternate][type]").ToList();

            Assert.Equal(["application/rss+xml", "application/atom+xml"], links.Select(l => l.GetAttribute("type")));
            Assert.Equal([Origin + page + "/rss.xml", Origin + page + "/atom.xml"], links.Select(l => l.GetAttribute("href")));
            Assert.All(links, l => Assert.False(string.IsNullOrWhiteSpace(l.GetAttribute("title"))));
            foreach (var link in links)
            {
                using var feed = await Client.GetAsync(link.GetAttribute("href"));
                Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
            }
        }

        var (_, article) = await HtmlPage.GetAsync(Client, ArticlePaths.Article("en", story.Article.Id, story.Article.Slug));
        Assert.Empty(article.QuerySelectorAll("head link[rel=alternate][type]"));
    }

    private async Task<(HttpResponseMessage Response, string Xml)> GetFeedAsync(string path)
    {
        var response = await Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response, await response.Content.ReadAsStringAsync());
    }

    private static string FeedPath(string list, string edition, Story story) => list switch
    {
        "home" => "/" + edition,
        "section" => ArticlePaths.Section(edition, story.Section.Slug),
        "topic" => ArticlePaths.Topic(edition, story.Topic.Slug),
        _ => $"/{edition}/author/{story.Author.Slug}",
    };

    /// <summary>A story in a section and topic of its own, by an author of its own, published a minute ago.</summary>
    private async Task<Story> StoryAsync(string edition, string? headline = null)
    {
        var section = await _content.SectionAsync(edition);
        var topic = await _content.TopicAsync(edition);
        var article = await _content.ArticleAsync(section, headline: headline ?? $"Feed story {_content.Unique}",
            topics: [topic], publishedAt: DateTime.UtcNow.AddMinutes(-1), altText: "A blue square");
        var author = new Author { Slug = $"jane-doe-{Guid.NewGuid():N}"[..20], Name = "Jane Doe", NameAr = "جين دو" };
        await factory.SeedAsync((db, _) =>
        {
            db.Authors.Add(author);
            db.ArticleAuthors.Add(new ArticleAuthor { ArticleId = article.Id, Author = author, SortOrder = 0 });
            return Task.CompletedTask;
        });
        return new Story(section, topic, author, article);
    }

    private sealed record Story(Section Section, Topic Topic, Author Author, Article Article);
}
