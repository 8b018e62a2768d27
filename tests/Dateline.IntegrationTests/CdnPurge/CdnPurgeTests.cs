using System.Net;
using System.Text.Json;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Articles.Publishing;
using Dateline.Web.Features.CdnPurge;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.CdnPurge;

/// <summary>
/// Purging a CDN by tag on publish, against a fake purge API on a real port. Each test has its own site (and database),
/// configured for the provider it checks, so the purges it sees are its own.
/// </summary>
public sealed class CdnPurgeTests
{
    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Publishing_purges_Fastly_by_exactly_the_tags_the_story_page_carries(DatabaseProvider provider)
    {
        await using var cdn = await FakeCdn.StartAsync();
        await using var site = new CdnSiteFactory(provider, new()
        {
            ["CdnPurge:Provider"] = "Fastly",
            ["CdnPurge:ServiceId"] = "svc-123",
            ["CdnPurge:ApiToken"] = "fastly-token",
            ["CdnPurge:Url"] = cdn.Origin,
        });
        site.RequireDatabase();

        var article = await PublishAsync(site, ArticleEventKind.Published);
        var handled = await site.Services.GetRequiredService<CdnPurgeSender>().RunOnceAsync(CancellationToken.None);
        var client = site.CreateClient();
        var page = await client.GetAsync(ArticlePaths.Article("en", article.Id, article.Slug));
        var cached = await client.GetAsync(ArticlePaths.Article("en", article.Id, article.Slug));

        Assert.Equal(1, handled);
        var call = Assert.Single(cdn.Calls);
        Assert.Equal("POST", call.Method);
        Assert.Equal("/service/svc-123/purge", call.Path);
        Assert.Equal("fastly-token", call.Header("Fastly-Key"));
        Assert.Equal("1", call.Header("Fastly-Soft-Purge"));
        string[] expected = [$"article:{article.Id}", "lists:en", $"translations:{article.Id}"];
        Assert.Equal(expected, call.Header("Surrogate-Key")!.Split(' '));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var pageKeys = page.Headers.GetValues("Surrogate-Key").Single().Split(' ');
        Assert.All(expected, tag => Assert.Contains(tag, pageKeys));
        Assert.NotNull(cached.Headers.Age);
        Assert.Equal(pageKeys, cached.Headers.GetValues("Surrogate-Key").Single().Split(' '));
        Assert.Equal(string.Join(',', pageKeys), cached.Headers.GetValues("Cache-Tag").Single());
        Assert.Equal(0, await site.Services.GetRequiredService<CdnPurgeSender>().RunOnceAsync(CancellationToken.None));
        Assert.Empty(site.Warnings);
    }

    [Fact]
    public async Task A_burst_of_changes_is_one_Cloudflare_purge_of_the_union_of_their_tags()
    {
        await using var cdn = await FakeCdn.StartAsync();
        await using var site = new CdnSiteFactory(DatabaseProvider.Sqlite, new()
        {
            ["CdnPurge:Provider"] = "Cloudflare",
            ["CdnPurge:ZoneId"] = "zone-9",
            ["CdnPurge:ApiToken"] = "cf-token",
            ["CdnPurge:Url"] = cdn.Origin + "/client/v4",
        });

        var first = await PublishAsync(site, ArticleEventKind.Published);
        var second = await PublishAsync(site, ArticleEventKind.Updated, ArticleEventKind.Corrected);
        var arabic = await PublishAsync(site, ArticleEventKind.Unpublished, edition: "ar");
        var handled = await site.Services.GetRequiredService<CdnPurgeSender>().RunOnceAsync(CancellationToken.None);

        Assert.Equal(4, handled);
        var call = Assert.Single(cdn.Calls);
        Assert.Equal("/client/v4/zones/zone-9/purge_cache", call.Path);
        Assert.Equal("Bearer cf-token", call.Header("Authorization"));
        using var body = JsonDocument.Parse(call.Body);
        Assert.Equal(
            new[]
            {
                $"article:{first.Id}", $"article:{second.Id}", $"article:{arabic.Id}", "lists:ar", "lists:en",
                $"translations:{first.Id}", $"translations:{second.Id}", $"translations:{arabic.Id}",
            }.Order(StringComparer.Ordinal),
            body.RootElement.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Empty(site.Warnings);
    }

    [Fact]
    public async Task A_refused_purge_to_a_URL_template_is_retried_with_backoff_then_given_up()
    {
        await using var cdn = await FakeCdn.StartAsync();
        await using var site = new CdnSiteFactory(DatabaseProvider.Sqlite, new()
        {
            ["CdnPurge:Provider"] = "Http",
            ["CdnPurge:Url"] = cdn.Origin + "/purge/{tag}",
            ["CdnPurge:MaxAttempts"] = "3",
            ["CdnPurge:FirstRetryDelay"] = "00:00:00.200",
        });
        var sender = site.Services.GetRequiredService<CdnPurgeSender>();

        cdn.FailNext(1);
        var article = await PublishAsync(site, ArticleEventKind.Published);
        Assert.Equal(1, await sender.RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, await sender.RunOnceAsync(CancellationToken.None));
        await Task.Delay(250);
        Assert.Equal(1, await sender.RunOnceAsync(CancellationToken.None));

        Assert.Equal(
            ["/purge/article%3A" + article.Id, "/purge/article%3A" + article.Id, "/purge/lists%3Aen", "/purge/translations%3A" + article.Id],
            cdn.Calls.Select(c => c.Path));
        Assert.Equal([true, false, false, false], cdn.Calls.Select(c => c.Failed));

        cdn.FailNext(int.MaxValue);
        var doomed = await PublishAsync(site, ArticleEventKind.Updated);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await StateAsync(site, doomed.Id) is { GaveUp: false } && DateTime.UtcNow < deadline)
        {
            await sender.RunOnceAsync(CancellationToken.None);
            await Task.Delay(50);
        }

        var state = await StateAsync(site, doomed.Id);
        Assert.True(state.GaveUp);
        Assert.Equal(3, state.Attempts);
        Assert.StartsWith("The CDN answered 503", state.LastError, StringComparison.Ordinal);
        var warning = Assert.Single(site.Warnings);
        Assert.Contains("Gave up purging the CDN", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_provider_nothing_is_written_or_sent()
    {
        await using var site = new CdnSiteFactory(DatabaseProvider.Sqlite, []);

        await PublishAsync(site, ArticleEventKind.Published);

        await using var scope = site.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<DatelineDbContext>().CdnPurgeRequests.AnyAsync());
        Assert.Null(scope.ServiceProvider.GetService<CdnPurgeSender>());
    }

    private static async Task<CdnPurgeRequest> StateAsync(CdnSiteFactory site, int articleId)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DatelineDbContext>().CdnPurgeRequests.AsNoTracking()
            .SingleAsync(r => r.ArticleEvent!.ArticleId == articleId);
    }

    private static async Task<Article> PublishAsync(CdnSiteFactory site, ArticleEventKind kind, ArticleEventKind? also = null, string edition = "en")
    {
        var content = new TestContent(site);
        var article = await content.ArticleAsync(await content.SectionAsync(edition), withImage: false);
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        var tracked = await db.Articles.SingleAsync(a => a.Id == article.Id);
        tracked.Headline += " (changed)";
        List<(Article, ArticleEventKind)> changes = [(tracked, kind)];
        if (also is { } second)
        {
            changes.Add((tracked, second));
        }

        await scope.ServiceProvider.GetRequiredService<ArticlePublishing>().SaveAsync(db, changes);
        return tracked;
    }
}
