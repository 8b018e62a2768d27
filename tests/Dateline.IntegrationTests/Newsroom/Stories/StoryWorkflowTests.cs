using System.Net;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Articles.Publishing;
using Dateline.Web.Features.Newsroom.Stories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Dateline.IntegrationTests.Newsroom.Stories.StoriesFactory;

namespace Dateline.IntegrationTests.Newsroom.Stories;

public sealed class StoryWorkflowTests(StoriesFactory factory) : IClassFixture<StoriesFactory>
{
    private readonly TestContent _content = new(factory);

    private async Task<StoryInput> InputAsync(string headline, string body = "<p>First paragraph.</p>")
    {
        var section = await _content.SectionAsync();
        return new StoryInput { Headline = headline + " " + _content.Unique, BodyHtml = body, SectionId = section.Id };
    }

    private async Task<StoryView> PublishedStoryAsync(string headline)
    {
        var created = await factory.CreateAsync(Editor, await InputAsync(headline));
        var published = await factory.WorkflowAsync(w => w.PublishAsync(Editor, created.Story!.Id, created.Story.Version, default));
        Assert.Equal(StoryOutcome.Ok, published.Outcome);
        return published.Story!;
    }

    private HttpClient Reader() => factory.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task A_contributors_draft_is_hidden_until_an_editor_publishes_it_and_then_shows_at_once()
    {
        var created = await factory.CreateAsync(Contributor, await InputAsync("Council opens new library"));
        var story = created.Story!;
        var client = Reader();
        var path = ArticlePaths.Article("en", story.Id, story.Fields.Slug);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
        var submitted = await factory.WorkflowAsync(w => w.SubmitAsync(Contributor, story.Id, story.Version, default));
        Assert.Equal(StoryState.InReview, submitted.Story!.State);
        Assert.Equal(StoryOutcome.Forbidden, (await factory.WorkflowAsync(w => w.PublishAsync(Contributor, story.Id, null, default))).Outcome);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);

        var published = await factory.WorkflowAsync(w => w.PublishAsync(Editor, story.Id, submitted.Story.Version, default));

        Assert.Equal(StoryState.Published, published.Story!.State);
        Assert.Equal(path, published.Story.PublicPath);
        var (response, page) = await HtmlPage.GetAsync(client, path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(story.Fields.Headline, page.TestId("headline"));
    }

    [Fact]
    public async Task Changes_to_a_live_story_stay_off_the_site_until_an_editor_publishes_them_and_the_cached_page_is_evicted()
    {
        var story = await PublishedStoryAsync("Port reopens after storm");
        var client = Reader();
        var path = story.PublicPath!;
        var (_, before) = await HtmlPage.GetAsync(client, path);

        var saved = await factory.SaveAsync(Editor, story.Id, story.Version, StoryInput.From(story.Fields) with { Headline = "Port reopens after storm, ships queue" });
        Assert.True(saved.Story!.HasUnpublishedChanges);
        var submitted = await factory.WorkflowAsync(w => w.SubmitAsync(Editor, story.Id, saved.Story.Version, default));
        Assert.Equal(StoryState.InReview, submitted.Story!.State);
        Assert.True(submitted.Story.IsLive);
        var (_, during) = await HtmlPage.GetAsync(client, path);
        Assert.Equal(before.TestId("headline"), during.TestId("headline"));

        await factory.WorkflowAsync(w => w.PublishAsync(OtherEditor, story.Id, submitted.Story.Version, default));

        var (_, after) = await HtmlPage.GetAsync(client, path);
        Assert.Equal("Port reopens after storm, ships queue", after.TestId("headline"));
        var events = await _content.QueryAsync(db => db.ArticleEvents.Where(e => e.ArticleId == story.Id).OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync());
        Assert.Equal([ArticleEventKind.Published, ArticleEventKind.Updated], events);
    }

    [Fact]
    public async Task A_contributor_may_not_change_another_writers_story_nor_their_own_once_submitted()
    {
        var created = (await factory.CreateAsync(Contributor, await InputAsync("Mine"))).Story!;

        var other = await factory.SaveAsync(OtherContributor, created.Id, created.Version, StoryInput.From(created.Fields) with { Headline = "Theirs" });
        var submitted = (await factory.WorkflowAsync(w => w.SubmitAsync(Contributor, created.Id, created.Version, default))).Story!;
        var own = await factory.SaveAsync(Contributor, created.Id, submitted.Version, StoryInput.From(created.Fields) with { Headline = "Mine again" });
        var editor = await factory.SaveAsync(Editor, created.Id, submitted.Version, StoryInput.From(created.Fields) with { Headline = "Edited" });

        Assert.Equal(StoryOutcome.Forbidden, other.Outcome);
        Assert.Equal(StoryOutcome.Forbidden, own.Outcome);
        Assert.Equal(StoryOutcome.Ok, editor.Outcome);
    }

    [Fact]
    public async Task Saving_over_a_version_someone_else_saved_is_refused_with_both_versions()
    {
        var story = (await factory.CreateAsync(Editor, await InputAsync("Budget passes"))).Story!;
        var first = await factory.SaveAsync(Editor, story.Id, story.Version, StoryInput.From(story.Fields) with { Standfirst = "Eda's standfirst" });

        var second = await factory.SaveAsync(OtherEditor, story.Id, story.Version, StoryInput.From(story.Fields) with { Standfirst = "Omar's standfirst" });

        Assert.Equal(StoryOutcome.Conflict, second.Outcome);
        Assert.Equal("Eda's standfirst", second.Conflict!.Current.Fields.Standfirst);
        Assert.Equal(first.Story!.Version, second.Conflict.Current.Version);
        Assert.Equal("Omar's standfirst", second.Conflict.Mine!.Standfirst);
        var merged = await factory.SaveAsync(OtherEditor, story.Id, second.Conflict.Current.Version, StoryInput.From(story.Fields) with { Standfirst = "Both" });
        Assert.Equal(StoryOutcome.Ok, merged.Outcome);
    }

    [Fact]
    public async Task Every_save_is_a_revision_and_restoring_one_saves_it_again_as_a_new_revision()
    {
        var story = (await factory.CreateAsync(Editor, await InputAsync("Original headline"))).Story!;
        var second = (await factory.SaveAsync(Editor, story.Id, story.Version, StoryInput.From(story.Fields) with { Headline = "Second headline" })).Story!;

        var restored = await factory.InScopeAsync(sp => sp.GetRequiredService<StoryEditing>().RestoreAsync(OtherEditor, story.Id, 1, second.Version, default));
        var revisions = await factory.InScopeAsync(sp => sp.GetRequiredService<StoryEditing>().RevisionsAsync(story.Id, default));

        Assert.Equal(story.Fields.Headline, restored.Story!.Fields.Headline);
        Assert.Equal([3, 2, 1], revisions.Select(r => r.Number));
        Assert.Equal("Omar Editor", revisions[0].AuthorName);
        Assert.Equal("Restored revision 1", revisions[0].Note);
    }

    [Fact]
    public async Task A_changed_slug_or_section_keeps_the_old_address_working_with_a_301()
    {
        var story = await PublishedStoryAsync("Airport expands");
        var oldPath = story.PublicPath!;
        var otherSection = await _content.SectionAsync();
        var saved = (await factory.SaveAsync(Editor, story.Id, story.Version, StoryInput.From(story.Fields) with { Slug = "airport-expansion-" + _content.Unique, SectionId = otherSection.Id })).Story!;
        var published = (await factory.WorkflowAsync(w => w.PublishAsync(Editor, story.Id, saved.Version, default))).Story!;

        var response = await Reader().GetAsync(oldPath);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(published.PublicPath, response.Headers.Location!.OriginalString);
        var (_, page) = await HtmlPage.GetAsync(Reader(), published.PublicPath!);
        Assert.Equal(otherSection.Name, page.QuerySelector(".kicker")!.TextContent.Trim());
    }

    [Fact]
    public async Task Corrections_are_dated_shown_under_the_story_and_move_its_date_modified_and_every_one_is_kept()
    {
        var story = await PublishedStoryAsync("Ferry timetable");
        var draft = (await factory.CreateAsync(Editor, await InputAsync("Unpublished draft"))).Story!;
        factory.Clock.Advance(TimeSpan.FromHours(2));

        await factory.WorkflowAsync(w => w.CorrectAsync(Editor, story.Id, CorrectionKind.Correction, "An earlier version gave the wrong departure time.", default));
        factory.Clock.Advance(TimeSpan.FromMinutes(30));
        await factory.WorkflowAsync(w => w.CorrectAsync(Editor, story.Id, CorrectionKind.Update, "The operator has added a late sailing.", default));
        var onDraft = await factory.WorkflowAsync(w => w.CorrectAsync(Editor, draft.Id, CorrectionKind.Correction, "No.", default));

        var (_, page) = await HtmlPage.GetAsync(Reader(), story.PublicPath!);
        var notes = page.QuerySelectorAll("[data-testid='correction']").Select(n => n.TextContent.Trim()).ToList();
        Assert.Equal(2, notes.Count);
        Assert.StartsWith("Correction, ", notes[0]);
        Assert.EndsWith("An earlier version gave the wrong departure time.", notes[0]);
        Assert.StartsWith("Update, ", notes[1]);
        using var data = System.Text.Json.JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var published = DateTimeOffset.Parse(data.RootElement.GetProperty("datePublished").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var modified = DateTimeOffset.Parse(data.RootElement.GetProperty("dateModified").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(modified - published, TimeSpan.FromHours(2.5) - TimeSpan.FromSeconds(2), TimeSpan.FromHours(2.5) + TimeSpan.FromSeconds(2));
        // Only the correction is a schema.org correction; the update note corrects nothing.
        var correction = Assert.Single(data.RootElement.GetProperty("correction").EnumerateArray());
        Assert.Equal("CorrectionComment", correction.GetProperty("@type").GetString());
        Assert.Equal("An earlier version gave the wrong departure time.", correction.GetProperty("text").GetString());
        Assert.InRange(DateTimeOffset.Parse(correction.GetProperty("datePublished").GetString()!, System.Globalization.CultureInfo.InvariantCulture) - published,
            TimeSpan.FromHours(2) - TimeSpan.FromSeconds(2), TimeSpan.FromHours(2) + TimeSpan.FromSeconds(2));
        Assert.Equal(StoryOutcome.NotAllowedInState, onDraft.Outcome);
    }

    [Fact]
    public async Task An_unpublished_story_is_gone_for_readers_and_keeps_its_working_copy()
    {
        var story = await PublishedStoryAsync("Withdrawn report");

        var unpublished = await factory.WorkflowAsync(w => w.UnpublishAsync(Editor, story.Id, null, default));

        Assert.Equal(StoryState.Unpublished, unpublished.Story!.State);
        Assert.Equal(story.Fields.Headline, unpublished.Story.Fields.Headline);
        Assert.Equal(HttpStatusCode.NotFound, (await Reader().GetAsync(story.PublicPath)).StatusCode);
    }

    [Fact]
    public async Task A_second_editor_sees_who_holds_the_lock_may_take_it_over_and_the_first_learns_at_the_next_heartbeat()
    {
        var story = (await factory.CreateAsync(Editor, await InputAsync("Locked story"))).Story!;
        async Task<EditLockState> OpenAsync(NewsroomActor actor, bool takeOver) =>
            (await factory.InScopeAsync(sp => sp.GetRequiredService<EditLocks>().OpenAsync(actor, story.Id, takeOver, default)))!;

        var first = await OpenAsync(Editor, false);
        factory.Clock.Advance(TimeSpan.FromSeconds(20));
        var refused = await OpenAsync(OtherEditor, false);
        var taken = await OpenAsync(OtherEditor, true);
        var heartbeat = await factory.InScopeAsync(sp => sp.GetRequiredService<EditLocks>().HeartbeatAsync(Editor, story.Id, default));

        Assert.True(first.Held);
        Assert.False(refused.Held);
        Assert.Equal("Eda Editor", refused.HolderName);
        Assert.Equal(first.Since, refused.Since);
        Assert.True(taken.Held);
        Assert.False(heartbeat!.Held);
        Assert.True(heartbeat.TakenOver);
        Assert.Equal("Omar Editor", heartbeat.HolderName);
    }
}
