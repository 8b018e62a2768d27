using System.Net;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Articles;

namespace Dateline.IntegrationTests.Operations;

public sealed class OverloadTests
{
    [Fact]
    public async Task Past_the_limit_uncached_renders_get_503_with_retry_after_while_cached_pages_static_assets_and_health_still_answer()
    {
        await using var factory = new OverloadFactory();
        var content = new TestContent(factory);
        var section = await content.SectionAsync();
        var cached = await content.ArticleAsync(section, headline: "Already cached");
        var held = await content.ArticleAsync(section, headline: "Held render");
        var refused = await content.ArticleAsync(section, headline: "Refused render");
        var client = factory.CreateClient();
        var cachedPath = ArticlePaths.Article("en", cached.Id, cached.Slug);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(cachedPath)).StatusCode);

        using var holding = new HttpRequestMessage(HttpMethod.Get, ArticlePaths.Article("en", held.Id, held.Slug));
        holding.Headers.Add(HeldRenders.Header, "1");
        var heldResponse = client.SendAsync(holding);
        await factory.Held.WaitForHeldAsync();
        HttpResponseMessage busy, fromCache, asset, ready;
        try
        {
            busy = await client.GetAsync(ArticlePaths.Article("en", refused.Id, refused.Slug));
            fromCache = await client.GetAsync(cachedPath);
            asset = await client.GetAsync("/css/site.css");
            ready = await client.GetAsync("/healthz/ready");
        }
        finally
        {
            factory.Held.Release();
        }

        var heldStatus = (await heldResponse).StatusCode;
        var afterwards = await client.GetAsync(ArticlePaths.Article("en", refused.Id, refused.Slug));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), busy.Headers.RetryAfter?.Delta);
        Assert.True(busy.Headers.CacheControl?.NoStore);
        Assert.StartsWith("Dateline is busy", await busy.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, fromCache.StatusCode);
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, heldStatus);
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
    }

    [Fact]
    public async Task The_newsroom_keeps_its_own_permits_when_readers_have_taken_theirs()
    {
        await using var factory = new OverloadFactory();
        var content = new TestContent(factory);
        var section = await content.SectionAsync();
        var held = await content.ArticleAsync(section, headline: "Held render");
        var client = factory.CreateClient();

        using var holding = new HttpRequestMessage(HttpMethod.Get, ArticlePaths.Article("en", held.Id, held.Slug));
        holding.Headers.Add(HeldRenders.Header, "1");
        var heldResponse = client.SendAsync(holding);
        await factory.Held.WaitForHeldAsync();
        HttpResponseMessage reader, newsroom;
        try
        {
            reader = await client.GetAsync(ArticlePaths.Section("en", section.Slug));
            newsroom = await client.GetAsync("/newsroom/no-such-page");
        }
        finally
        {
            factory.Held.Release();
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, reader.StatusCode);
        // Not 503: the newsroom's request got a permit of its own (and its error page, re-executed, needed none).
        Assert.Equal(HttpStatusCode.NotFound, newsroom.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await heldResponse).StatusCode);
    }

    [Fact]
    public async Task While_requests_wait_too_long_before_any_middleware_readers_uncached_requests_are_shed_and_nothing_else_is()
    {
        await using var factory = new OverloadFactory();
        var content = new TestContent(factory);
        var section = await content.SectionAsync();
        var cached = await content.ArticleAsync(section, headline: "Already cached");
        var shed = await content.ArticleAsync(section, headline: "Shed render");
        var client = factory.CreateClient();
        var cachedPath = ArticlePaths.Article("en", cached.Id, cached.Slug);
        var shedPath = ArticlePaths.Article("en", shed.Id, shed.Slug);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(cachedPath)).StatusCode);

        // A probe has been waiting in the thread pool's queue for a second: the node is saturated.
        var queuedAt = TimeProvider.System.GetTimestamp() - TimeProvider.System.TimestampFrequency;
        factory.QueueDelay.Queued(queuedAt);
        var page = await client.GetAsync(shedPath);
        var api = await client.GetAsync("/api/v1/search?q=render&edition=en");
        var fromCache = await client.GetAsync(cachedPath);
        var asset = await client.GetAsync("/css/site.css");
        var ready = await client.GetAsync("/healthz/ready");
        var newsroom = await client.GetAsync("/newsroom/no-such-page");

        // The probe ran: the queue moves again.
        factory.QueueDelay.Ran(queuedAt, queuedAt);
        var afterwards = await client.GetAsync(shedPath);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), page.Headers.RetryAfter?.Delta);
        Assert.True(page.Headers.CacheControl?.NoStore);
        Assert.StartsWith("Dateline is busy", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.NotNull(api.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, fromCache.StatusCode);
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        // The newsroom keeps working through a readers' spike: editors publish the story that caused it.
        Assert.Equal(HttpStatusCode.NotFound, newsroom.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
        Assert.Contains("Shed render", await afterwards.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Turned_off_the_limiter_refuses_nothing()
    {
        await using var factory = new OverloadFactory();
        factory.Settings["Overload:Enabled"] = "false";
        var content = new TestContent(factory);
        var section = await content.SectionAsync();
        var held = await content.ArticleAsync(section, headline: "Held render");
        var other = await content.ArticleAsync(section, headline: "Other render");
        var client = factory.CreateClient();

        using var holding = new HttpRequestMessage(HttpMethod.Get, ArticlePaths.Article("en", held.Id, held.Slug));
        holding.Headers.Add(HeldRenders.Header, "1");
        var heldResponse = client.SendAsync(holding);
        await factory.Held.WaitForHeldAsync();
        HttpResponseMessage response;
        try
        {
            response = await client.GetAsync(ArticlePaths.Article("en", other.Id, other.Slug));
        }
        finally
        {
            factory.Held.Release();
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await heldResponse).StatusCode);
    }
}
