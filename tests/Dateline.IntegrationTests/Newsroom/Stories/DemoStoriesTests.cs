using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Newsroom.Stories;
using Microsoft.EntityFrameworkCore;

namespace Dateline.IntegrationTests.Newsroom.Stories;

public sealed class DemoStoriesTests(DemoSiteFactory factory) : IClassFixture<DemoSiteFactory>
{
    [Fact]
    public async Task Demo_content_is_seeded_through_the_newsroom_so_every_live_story_has_a_published_snapshot()
    {
        _ = factory.Services;
        var content = new TestContent(factory);

        var articles = await content.QueryAsync(db => db.Articles.Select(a => new { a.Id, a.Status, a.PublishedRevisionId }).ToListAsync());
        var stories = await content.QueryAsync(db => db.Stories.Select(s => new { s.ArticleId, s.State }).ToListAsync());
        var events = await content.QueryAsync(db => db.ArticleEvents.CountAsync());

        Assert.NotEmpty(articles);
        Assert.All(articles.Where(a => a.Status == ArticleStatus.Published), a => Assert.NotNull(a.PublishedRevisionId));
        Assert.Equal(articles.Select(a => a.Id).Order(), stories.Select(s => s.ArticleId).Order());
        Assert.Contains(stories, s => s.State == StoryState.Scheduled);
        Assert.Equal(articles.Count(a => a.Status == ArticleStatus.Published), events);
    }
}
