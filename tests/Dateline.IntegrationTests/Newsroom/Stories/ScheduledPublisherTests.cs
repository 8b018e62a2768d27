using System.Net;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Articles.Publishing;
using Dateline.Web.Features.Newsroom.Stories;
using Microsoft.EntityFrameworkCore;
using static Dateline.IntegrationTests.Newsroom.Stories.StoriesFactory;

namespace Dateline.IntegrationTests.Newsroom.Stories;

public sealed class ScheduledPublisherTests(StoriesFactory factory) : IClassFixture<StoriesFactory>
{
    private readonly TestContent _content = new(factory);

    [Fact]
    public async Task A_scheduled_story_goes_live_at_its_time_not_before_and_only_once()
    {
        var section = await _content.SectionAsync();
        var story = (await factory.CreateAsync(Editor, new StoryInput { Headline = "Embargoed results " + _content.Unique, SectionId = section.Id })).Story!;
        var at = factory.Clock.GetUtcNow().UtcDateTime.AddHours(1);
        var scheduled = (await factory.WorkflowAsync(w => w.ScheduleAsync(Editor, story.Id, at, story.Version, default))).Story!;
        var client = factory.CreateClient();
        var path = $"/en/article/{story.Id}/{story.Fields.Slug}";

        var early = await factory.RunSchedulerAsync();
        var publishNow = await factory.WorkflowAsync(w => w.PublishAsync(Editor, story.Id, null, default));
        var before = await client.GetAsync(path);
        factory.Clock.Advance(TimeSpan.FromHours(1));
        var due = await factory.RunSchedulerAsync();
        var again = await factory.RunSchedulerAsync();
        var after = await client.GetAsync(path);

        Assert.Equal(StoryState.Scheduled, scheduled.State);
        Assert.Equal(0, early);
        Assert.Equal(StoryOutcome.NotAllowedInState, publishNow.Outcome);
        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal(1, due);
        Assert.Equal(0, again);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        var events = await _content.QueryAsync(db => db.ArticleEvents.Where(e => e.ArticleId == story.Id).Select(e => e.Kind).ToListAsync());
        Assert.Equal([ArticleEventKind.Published], events);
    }

    [Fact]
    public async Task A_story_that_fell_due_while_the_site_was_down_is_published_by_the_first_run()
    {
        var section = await _content.SectionAsync();
        var story = (await factory.CreateAsync(Editor, new StoryInput { Headline = "Overnight story " + _content.Unique, SectionId = section.Id })).Story!;
        await factory.WorkflowAsync(w => w.ScheduleAsync(Editor, story.Id, factory.Clock.GetUtcNow().UtcDateTime.AddMinutes(5), null, default));

        factory.Clock.Advance(TimeSpan.FromHours(8));
        var published = await factory.RunSchedulerAsync();

        Assert.True(published >= 1);
        var state = await _content.QueryAsync(db => db.Stories.Where(s => s.ArticleId == story.Id).Select(s => s.State).SingleAsync());
        Assert.Equal(StoryState.Published, state);
    }
}
