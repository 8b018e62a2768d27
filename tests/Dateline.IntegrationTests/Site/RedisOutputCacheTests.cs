using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.Site;

/// <summary>With Caching:Redis set, several web nodes share one output cache, and eviction on one reaches all.</summary>
public sealed class RedisOutputCacheTests(RedisDatelineFactory factory) : IClassFixture<RedisDatelineFactory>
{
    private readonly TestContent _content = new(factory);

    [SkippableFact]
    public async Task Page_cached_by_one_node_is_served_by_another_until_evicted_there()
    {
        RedisDatelineFactory.RequireRedis();
        var section = await _content.SectionAsync();
        var article = await _content.ArticleAsync(section, withImage: false);
        var path = $"/en/article/{article.Id}/{article.Slug}";
        var (_, first) = await HtmlPage.GetAsync(factory.CreateClient(), path);
        Assert.Equal(article.Headline, first.TestId("headline"));

        // A second node: same Redis prefix, its own (empty) database, so only the shared cache can answer.
        await using var other = factory.SecondNode();
        var (fromOther, shared) = await HtmlPage.GetAsync(other.CreateClient(), path);
        Assert.Equal(200, (int)fromOther.StatusCode);
        Assert.Equal(article.Headline, shared.TestId("headline"));

        var corrected = article.Headline + " (corrected)";
        await factory.SeedAsync(async (db, _) =>
            await db.Articles.Where(a => a.Id == article.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Headline, corrected)));
        await other.Services.GetRequiredService<ArticleCacheEviction>().EvictAsync(article.Id, "en");

        var (_, fresh) = await HtmlPage.GetAsync(factory.CreateClient(), path);
        Assert.Equal(corrected, fresh.TestId("headline"));
        Assert.True(factory.Warnings.IsEmpty, string.Join("\n", factory.Warnings));
    }
}
