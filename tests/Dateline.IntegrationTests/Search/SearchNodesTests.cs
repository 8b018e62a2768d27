using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Articles.Publishing;
using Dateline.Web.Features.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.Search;

/// <summary>
/// Two web nodes on one database, each with its own index folder, as a scaled-out site runs: each learns of changes
/// made on the other from the change feed alone.
/// </summary>
public abstract class SearchNodesTests
{
    protected abstract DatelineFactory CreateSite();

    [SkippableFact]
    public async Task A_story_published_on_one_node_is_found_on_the_other_and_unpublished_leaves_both()
    {
        await using var site = CreateSite();
        site.RequireDatabase();
        await using var other = OtherNode(site, "node-b");
        var content = new TestContent(site);
        var a = site.CreateClient();
        var b = other.CreateClient();
        var section = await content.SectionAsync();

        var article = await Newsroom.PublishAsync(site, section, $"Monsoon arrives {content.Unique}");
        var onA = await Newsroom.EventuallyAsync(a, "en", content.Unique, Newsroom.Finds(article));
        var onB = await Newsroom.EventuallyAsync(b, "en", content.Unique, Newsroom.Finds(article));
        await Newsroom.ChangeAsync(other, article.Id, ArticleEventKind.Unpublished, x => x.Status = ArticleStatus.Unpublished);
        var goneOnB = await Newsroom.EventuallyAsync(b, "en", content.Unique, r => r.Total == 0);
        var goneOnA = await Newsroom.EventuallyAsync(a, "en", content.Unique, r => r.Total == 0);

        Assert.Contains(onA.Results, r => r.Id == article.Id);
        Assert.Contains(onB.Results, r => r.Id == article.Id);
        Assert.Equal(0, goneOnB.Total);
        Assert.Equal(0, goneOnA.Total);
        Assert.NotEqual(site.Services.GetRequiredService<SearchIndex>().Folder, other.Services.GetRequiredService<SearchIndex>().Folder);
    }

    [SkippableFact]
    public async Task A_node_that_was_down_catches_up_from_its_own_index_on_start()
    {
        await using var site = CreateSite();
        site.RequireDatabase();
        var content = new TestContent(site);
        var section = await content.SectionAsync();
        var before = await Newsroom.PublishAsync(site, section, $"Before the outage {content.Unique}");
        await using (var first = OtherNode(site, "node-b"))
        {
            await Newsroom.EventuallyAsync(first.CreateClient(), "en", content.Unique, Newsroom.Finds(before));
        }

        var during = await Newsroom.PublishAsync(site, section, $"During the outage {content.Unique}");
        await using var restarted = OtherNode(site, "node-b");
        var index = restarted.Services.GetRequiredService<SearchIndex>();
        var response = await Newsroom.EventuallyAsync(restarted.CreateClient(), "en", content.Unique, r => r.Total == 2);

        Assert.Equal([during.Id, before.Id], response.Results.Select(r => r.Id));
        Assert.True(index.IsBuilt);
        Assert.True(index.Position >= 2, $"the restarted node's index stands at event {index.Position}");
    }

    private static DatelineFactory OtherNode(DatelineFactory site, string name)
    {
        var node = site.AnotherNode();
        node.Settings["Search:IndexPath"] = Path.Combine(site.DataPath, name, "search");
        node.Settings["Search:RateLimitPermits"] = "100000";
        return node;
    }
}
