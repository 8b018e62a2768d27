using System.Net;
using System.Text.Json;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Search;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.Search;

public sealed class SearchHealthTests
{
    private static async Task<(HttpStatusCode Status, string CheckStatus, string Reason)> ReadyAsync(DatelineFactory site)
    {
        var response = await site.CreateClient().GetAsync("/healthz/ready");
        var check = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("checks").GetProperty("search-index");
        return (response.StatusCode, check.GetProperty("status").GetString()!, check.GetProperty("description").GetString()!);
    }

    [Fact]
    public async Task Ready_reports_the_search_index_current_once_it_has_read_the_feed()
    {
        await using var site = new SearchFactory();
        var content = new TestContent(site);
        var article = await Newsroom.PublishAsync(site, await content.SectionAsync(), $"Ready check {content.Unique}");
        await Newsroom.EventuallyAsync(site.CreateClient(), "en", content.Unique, Newsroom.Finds(article));

        var (status, check, reason) = await ReadyAsync(site);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", check);
        Assert.StartsWith("The search index is current", reason);
    }

    [Fact]
    public async Task A_node_whose_index_is_unbuilt_or_behind_the_feed_past_the_bound_is_not_ready_until_it_catches_up()
    {
        await using var site = new SearchFactory();
        site.Settings["Search:FollowChanges"] = "false";
        site.Settings["Search:StaleAfter"] = "00:00:30";
        var content = new TestContent(site);
        var section = await content.SectionAsync();
        var follower = site.Services.GetRequiredService<SearchIndexFollower>();

        var unbuilt = await ReadyAsync(site);
        await follower.RunOnceAsync(CancellationToken.None);
        var built = await ReadyAsync(site);
        var article = await Newsroom.PublishAsync(site, section, $"Not yet indexed {content.Unique}");
        var fresh = await ReadyAsync(site);
        // The same event, as if the follower had been failing for five minutes.
        await content.QueryAsync(db => db.ArticleEvents.Where(e => e.ArticleId == article.Id)
            .ExecuteUpdateAsync(e => e.SetProperty(x => x.OccurredAt, DateTime.UtcNow.AddMinutes(-5))));
        var stale = await ReadyAsync(site);
        await follower.RunOnceAsync(CancellationToken.None);
        var caughtUp = await ReadyAsync(site);

        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), (unbuilt.Status, unbuilt.CheckStatus));
        Assert.Contains("being built", unbuilt.Reason);
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (built.Status, built.CheckStatus));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (fresh.Status, fresh.CheckStatus));
        Assert.EndsWith("catching up", fresh.Reason);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), (stale.Status, stale.CheckStatus));
        Assert.Matches(@"^1 change feed event\(s\) after \d+ not in the search index, the oldest 30\d s old$", stale.Reason);
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (caughtUp.Status, caughtUp.CheckStatus));
    }
}
