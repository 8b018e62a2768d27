using System.Net;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Articles.Publishing;
using Dateline.Web.Features.Authors;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Dateline.IntegrationTests.ContentApi.ContentApiClient;

namespace Dateline.IntegrationTests.ContentApi;

public sealed class ContentApiTests(DatelineFactory factory) : IClassFixture<DatelineFactory>
{
    private readonly TestContent _content = new(factory);

    [Fact]
    public async Task Articles_are_listed_newest_first_and_filtered_by_section_topic_and_author()
    {
        var section = await _content.SectionAsync();
        var other = await _content.SectionAsync();
        var topic = await _content.TopicAsync();
        var author = await AuthorAsync();
        var oldest = await _content.ArticleAsync(section, publishedAt: DateTime.UtcNow.AddHours(-3), topics: [topic]);
        var middle = await _content.ArticleAsync(section, publishedAt: DateTime.UtcNow.AddHours(-2));
        var newest = await _content.ArticleAsync(other, publishedAt: DateTime.UtcNow.AddHours(-1), topics: [topic]);
        await _content.ArticleAsync(section, status: ArticleStatus.Draft);
        await _content.ArticleAsync(section, publishedAt: DateTime.UtcNow.AddHours(2));
        await CreditAsync(author, middle, newest);
        var client = factory.CreateClient();

        var (response, bySection) = await GetJsonAsync(client, $"/api/v1/content/articles?section={section.Id}");
        var bySlug = (await GetJsonAsync(client, $"/api/v1/content/articles?edition=en&section={section.Slug}")).Json;
        var byTopic = (await GetJsonAsync(client, $"/api/v1/content/articles?topic={topic.Slug}")).Json;
        var byAuthor = (await GetJsonAsync(client, $"/api/v1/content/articles?author={author.Id}")).Json;
        var byBoth = (await GetJsonAsync(client, $"/api/v1/content/articles?topic={topic.Id}&author={author.Slug}")).Json;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([middle.Id, oldest.Id], Ids(bySection));
        Assert.Equal([middle.Id, oldest.Id], Ids(bySlug));
        Assert.Equal([newest.Id, oldest.Id], Ids(byTopic));
        Assert.Equal([newest.Id, middle.Id], Ids(byAuthor));
        Assert.Equal([newest.Id], Ids(byBoth));
    }

    [Fact]
    public async Task Keyset_pages_follow_next_until_every_article_has_been_seen_once()
    {
        var section = await _content.SectionAsync();
        var published = DateTime.UtcNow.AddHours(-1);
        var articles = new List<Article>();
        for (var i = 0; i < 5; i++)
        {
            // Two share a publication time, so the id must break the tie without skipping or repeating.
            articles.Add(await _content.ArticleAsync(section, publishedAt: i == 3 ? published.AddMinutes(-2) : published.AddMinutes(-i), withImage: false));
        }

        var client = factory.CreateClient();
        var seen = new List<int>();
        string? next = $"/api/v1/content/articles?section={section.Id}&limit=2";
        var pages = 0;
        while (next is not null)
        {
            var (response, page) = await GetJsonAsync(client, next);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(2, page.GetProperty("meta").GetProperty("pagination").GetProperty("limit").GetInt32());
            seen.AddRange(Ids(page));
            next = Next(page);
            pages++;
        }

        Assert.Equal(3, pages);
        Assert.Equal(articles.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Select(a => a.Id), seen);
    }

    [Fact]
    public async Task UpdatedSince_returns_articles_published_updated_or_changed_since_then()
    {
        var section = await _content.SectionAsync();
        var since = DateTime.UtcNow.AddMinutes(-30);
        var old = await _content.ArticleAsync(section, publishedAt: DateTime.UtcNow.AddDays(-2), withImage: false);
        var corrected = await _content.ArticleAsync(section, publishedAt: DateTime.UtcNow.AddDays(-2), withImage: false);
        var revised = await _content.ArticleAsync(section, publishedAt: DateTime.UtcNow.AddDays(-2), withImage: false);
        var fresh = await _content.ArticleAsync(section, publishedAt: DateTime.UtcNow.AddMinutes(-5), withImage: false);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
            var toCorrect = await db.Articles.SingleAsync(a => a.Id == corrected.Id);
            toCorrect.UpdatedAt = DateTime.UtcNow.AddMinutes(-10);
            await db.SaveChangesAsync();
            var toRevise = await db.Articles.SingleAsync(a => a.Id == revised.Id);
            toRevise.Headline = "A new revision";
            await scope.ServiceProvider.GetRequiredService<ArticlePublishing>().SaveAsync(db, [(toRevise, ArticleEventKind.Updated)]);
        }

        var (_, list) = await GetJsonAsync(factory.CreateClient(),
            $"/api/v1/content/articles?section={section.Id}&updatedSince={Uri.EscapeDataString(since.ToString("O"))}");

        Assert.Equal(new[] { fresh.Id, revised.Id, corrected.Id }.Order(), Ids(list).Order());
        Assert.DoesNotContain(old.Id, Ids(list));
    }

    [Fact]
    public async Task An_article_carries_its_allow_listed_fields_with_absolute_links()
    {
        var section = await _content.SectionAsync();
        var topic = await _content.TopicAsync();
        var agency = await _content.AgencyAsync();
        var author = await AuthorAsync();
        var article = await _content.ArticleAsync(section, topics: [topic], agency: agency, caption: "A caption", credit: "A photographer");
        await CreditAsync(author, article);

        var (response, json) = await GetJsonAsync(factory.CreateClient(), $"/api/v1/content/articles/{article.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(
            ["authors", "bodyHtml", "credit", "dateline", "direction", "edition", "headline", "id", "image", "language",
             "publishedAt", "section", "slug", "standfirst", "topics", "updatedAt", "url"],
            json.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal($"http://localhost/en/article/{article.Id}/{article.Slug}", json.GetProperty("url").GetString());
        Assert.Equal("ltr", json.GetProperty("direction").GetString());
        Assert.Equal("AFP", json.GetProperty("credit").GetString());
        Assert.Equal(topic.Slug, json.GetProperty("topics")[0].GetProperty("slug").GetString());
        Assert.Equal(author.Name, json.GetProperty("authors")[0].GetProperty("name").GetString());
        Assert.Equal("A caption", json.GetProperty("image").GetProperty("caption").GetString());
        var rendition = json.GetProperty("image").GetProperty("renditions")[0].GetProperty("url").GetString()!;
        var image = await factory.CreateClient().GetAsync(rendition);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
    }

    [Fact]
    public async Task Drafts_scheduled_and_unknown_articles_are_404_problems()
    {
        var section = await _content.SectionAsync();
        var draft = await _content.ArticleAsync(section, status: ArticleStatus.Draft, withImage: false);
        var scheduled = await _content.ArticleAsync(section, publishedAt: DateTime.UtcNow.AddHours(1), withImage: false);
        var client = factory.CreateClient();

        foreach (var path in new[] { $"/api/v1/content/articles/{draft.Id}", $"/api/v1/content/articles/{scheduled.Id}/ninjs", "/api/v1/content/articles/99999999" })
        {
            var (response, json) = await GetJsonAsync(client, path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(404, json.GetProperty("status").GetInt32());
        }
    }

    [Theory]
    [InlineData("/api/v1/content/articles?limit=0")]
    [InlineData("/api/v1/content/articles?limit=51")]
    [InlineData("/api/v1/content/articles?limit=ten")]
    [InlineData("/api/v1/content/articles?after=yesterday")]
    [InlineData("/api/v1/content/articles?updatedSince=soon")]
    [InlineData("/api/v1/content/articles?edition=fr")]
    [InlineData("/api/v1/content/sections?edition=fr")]
    [InlineData("/api/v1/content/topics?after=-1")]
    [InlineData("/api/v1/content/authors?limit=1000")]
    public async Task Bad_query_values_are_400_problems_that_say_what_is_wrong(string path)
    {
        var (response, json) = await GetJsonAsync(factory.CreateClient(), path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task A_matching_If_None_Match_gets_304_until_the_article_changes()
    {
        var section = await _content.SectionAsync();
        var article = await _content.ArticleAsync(section, withImage: false);
        var client = factory.CreateClient();
        var path = $"/api/v1/content/articles/{article.Id}";

        var (first, _) = await GetJsonAsync(client, path);
        var etag = first.Headers.ETag!.ToString();
        var (again, _) = await GetJsonAsync(client, path, ifNoneMatch: etag);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
            var tracked = await db.Articles.SingleAsync(a => a.Id == article.Id);
            tracked.Headline = "Changed";
            await scope.ServiceProvider.GetRequiredService<ArticlePublishing>().SaveAsync(db, [(tracked, ArticleEventKind.Updated)]);
        }

        var (changed, json) = await GetJsonAsync(client, path, ifNoneMatch: etag);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, again.Headers.ETag?.ToString());
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("Changed", json.GetProperty("headline").GetString());
        Assert.NotEqual(etag, changed.Headers.ETag?.ToString());
    }

    [Fact]
    public async Task Responses_carry_cache_control_and_the_cache_tags_a_cdn_purges_by()
    {
        var section = await _content.SectionAsync();
        var article = await _content.ArticleAsync(section, withImage: false);
        var client = factory.CreateClient();

        var (single, _) = await GetJsonAsync(client, $"/api/v1/content/articles/{article.Id}");
        var (list, _) = await GetJsonAsync(client, "/api/v1/content/articles?edition=en");

        Assert.Equal("public, max-age=60", single.Headers.CacheControl?.ToString());
        Assert.Contains("Accept", single.Headers.Vary);
        Assert.Equal($"site article:{article.Id}", single.Headers.GetValues("Surrogate-Key").Single());
        Assert.Equal($"site,article:{article.Id}", single.Headers.GetValues("Cache-Tag").Single());
        Assert.Equal("site lists:en", list.Headers.GetValues("Surrogate-Key").Single());
    }

    [Fact]
    public async Task Sections_topics_and_authors_are_listed_with_pages_by_id()
    {
        var section = await _content.SectionAsync();
        var topics = new[] { await _content.TopicAsync(), await _content.TopicAsync(), await _content.TopicAsync() };
        var author = await AuthorAsync();
        var client = factory.CreateClient();

        var (_, sections) = await GetJsonAsync(client, "/api/v1/content/sections?edition=en");
        var seen = new List<int>();
        string? next = "/api/v1/content/topics?edition=en&limit=2";
        while (next is not null)
        {
            var (_, page) = await GetJsonAsync(client, next);
            seen.AddRange(Ids(page));
            next = Next(page);
        }

        var (_, authors) = await GetJsonAsync(client, "/api/v1/content/authors?limit=200");

        var listed = sections.GetProperty("data").EnumerateArray().Single(s => s.GetProperty("id").GetInt32() == section.Id);
        Assert.Equal($"http://localhost/en/section/{section.Slug}", listed.GetProperty("url").GetString());
        Assert.Equal(seen.Order(), seen);
        Assert.Equal(seen.Distinct().Count(), seen.Count);
        Assert.Superset(topics.Select(t => t.Id).ToHashSet(), seen.ToHashSet());
        Assert.Contains(author.Id, Ids(authors));
    }

    private async Task<Author> AuthorAsync()
    {
        var author = new Author { Slug = "author-" + Guid.NewGuid().ToString("N")[..10], Name = "Reporter " + _content.Unique, NameAr = "مراسل" };
        await factory.SeedAsync((db, _) =>
        {
            db.Authors.Add(author);
            return Task.CompletedTask;
        });
        return author;
    }

    private Task CreditAsync(Author author, params Article[] articles) =>
        factory.SeedAsync((db, _) =>
        {
            foreach (var article in articles)
            {
                db.ArticleAuthors.Add(new ArticleAuthor { ArticleId = article.Id, AuthorId = author.Id });
            }

            return Task.CompletedTask;
        });
}
