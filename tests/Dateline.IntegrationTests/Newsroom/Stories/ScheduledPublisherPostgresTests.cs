using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Articles.Publishing;
using Dateline.Web.Features.Newsroom.Stories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Dateline.IntegrationTests.Newsroom.Stories.StoriesFactory;

namespace Dateline.IntegrationTests.Newsroom.Stories;

public sealed class ScheduledPublisherPostgresTests(PostgresStoriesFactory factory) : IClassFixture<PostgresStoriesFactory>
{
    [SkippableFact]
    public async Task Two_nodes_on_one_PostgreSQL_database_publish_each_due_story_exactly_once()
    {
        factory.RequireDatabase();
        var content = new TestContent(factory);
        var section = await content.SectionAsync();
        var ids = new List<int>();
        for (var i = 0; i < 12; i++)
        {
            var story = (await factory.CreateAsync(Editor, new StoryInput { Headline = $"Due story {i} {content.Unique}", SectionId = section.Id })).Story!;
            await factory.WorkflowAsync(w => w.ScheduleAsync(Editor, story.Id, factory.Clock.GetUtcNow().UtcDateTime.AddMinutes(1), null, default));
            ids.Add(story.Id);
        }

        // The second node runs on the real clock, an hour ahead of the first's: for both the stories are now due.
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        await using var second = factory.AnotherNode();
        second.Settings["Newsroom:Scheduler:Enabled"] = "false";
        var secondScheduler = second.Services.GetRequiredService<ScheduledPublisher>();

        var runs = await Task.WhenAll(
            factory.RunSchedulerAsync(), secondScheduler.RunOnceAsync(default),
            factory.RunSchedulerAsync(), secondScheduler.RunOnceAsync(default));

        Assert.Equal(ids.Count, runs.Sum());
        var events = await content.QueryAsync(db => db.ArticleEvents.Where(e => ids.Contains(e.ArticleId)).ToListAsync());
        Assert.All(ids, id => Assert.Single(events, e => e.ArticleId == id && e.Kind == ArticleEventKind.Published));
        var states = await content.QueryAsync(db => db.Stories.Where(s => ids.Contains(s.ArticleId)).Select(s => s.State).ToListAsync());
        Assert.All(states, s => Assert.Equal(StoryState.Published, s));
    }
}
