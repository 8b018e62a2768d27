using System.Net;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Accounts;
using static Dateline.IntegrationTests.Newsroom.Desk.DeskForms;

namespace Dateline.IntegrationTests.Newsroom.Desk;

/// <summary>The dashboard and the story editor through HTTP, as a browser without JavaScript uses them.</summary>
public sealed class StoryEditorPageTests(DatelineFactory factory) : IClassFixture<DatelineFactory>
{
    private readonly TestContent _content = new(factory);

    private Task<(HttpClient Client, string Path)> DraftAsync(string role, string headline) =>
        DeskForms.DraftAsync(factory, _content, role, headline);

    [Fact]
    public async Task A_contributor_writes_a_draft_that_shows_under_my_drafts_and_is_found_by_its_headline()
    {
        var headline = "Ferry timetable changes " + _content.Unique;
        var (client, path) = await DraftAsync(NewsroomRoles.Contributor, headline);

        var editor = await GetAsync(client, path);
        var dashboard = await GetAsync(client, "/newsroom");
        var search = await GetAsync(client, "/newsroom?q=" + Uri.EscapeDataString(_content.Unique));

        Assert.Equal(headline, editor.QuerySelector("[data-testid='headline']")?.GetAttribute("value"));
        Assert.Contains(headline, dashboard.QuerySelector("[data-testid='my-drafts']")?.TextContent, StringComparison.Ordinal);
        Assert.Contains(headline, search.QuerySelector("[data-testid='results']")?.TextContent, StringComparison.Ordinal);
        Assert.Null(editor.QuerySelector("[data-testid='publish']"));
        Assert.NotNull(editor.QuerySelector("textarea[data-editor][name='Form.BodyHtml']"));
    }

    [Fact]
    public async Task A_contributor_who_posts_publish_anyway_is_refused_and_the_story_stays_unpublished()
    {
        var (client, path) = await DraftAsync(NewsroomRoles.Contributor, "Night market returns " + _content.Unique);
        var page = await GetAsync(client, path);

        var response = await client.PostAsync(path, Post(page, "publish"));
        var after = await GetAsync(client, path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(after.QuerySelector("[data-testid='view-live']"));
    }

    [Fact]
    public async Task An_editor_publishes_from_the_editor_and_the_story_is_on_the_public_site()
    {
        var headline = "Desert museum opens " + _content.Unique;
        var (client, path) = await DraftAsync(NewsroomRoles.Editor, headline);
        var page = await GetAsync(client, path);

        var published = await client.PostAsync(path, Post(page, "publish"));
        var after = await GetAsync(client, path);
        var live = after.QuerySelector("[data-testid='view-live']")?.GetAttribute("href");
        var (response, article) = await HtmlPage.GetAsync(factory.CreateClient(), live!);

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(headline, article.TestId("headline"));
    }

    [Fact]
    public async Task A_save_over_someone_elses_save_shows_both_versions_keeps_my_text_and_overwrites_nothing()
    {
        var (first, path) = await DraftAsync(NewsroomRoles.Editor, "Bus lanes extended " + _content.Unique);
        var second = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Editor);
        var firstPage = await GetAsync(first, path);
        var secondPage = await GetAsync(second, path);

        var saved = await first.PostAsync(path, Post(firstPage, "save", ("Form.Headline", "Bus lanes extended to the port")));
        var conflict = await second.PostAsync(path, Post(secondPage, "save", ("Form.Headline", "Bus lanes extended to the airport"), ("Form.BodyHtml", "<p>My careful paragraph.</p>")));
        var conflictPage = await DocumentAsync(conflict);
        var now = await GetAsync(first, path);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("port", conflictPage.QuerySelector("[data-testid='before-headline'] del")?.LastChild?.TextContent.Trim());
        Assert.Equal("airport", conflictPage.QuerySelector("[data-testid='after-headline'] ins")?.LastChild?.TextContent.Trim());
        Assert.Contains("First paragraph.", conflictPage.QuerySelector("[data-testid='before-body']")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("My careful paragraph.", conflictPage.QuerySelector("[data-testid='after-body']")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(conflictPage.QuerySelector("[data-testid='keep-theirs-copy-mine'][form='story-form']"));
        Assert.Equal("Bus lanes extended to the airport", conflictPage.QuerySelector("[data-testid='headline']")?.GetAttribute("value"));
        Assert.Equal("<p>My careful paragraph.</p>", conflictPage.QuerySelector("[data-testid='body']")?.TextContent);
        Assert.Equal("Bus lanes extended to the port", now.QuerySelector("[data-testid='headline']")?.GetAttribute("value"));

        var merged = await second.PostAsync(path, Post(conflictPage, "save"));
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        Assert.Equal("Bus lanes extended to the airport", (await GetAsync(first, path)).QuerySelector("[data-testid='headline']")?.GetAttribute("value"));
    }

    [Fact]
    public async Task A_second_editor_sees_who_holds_the_lock_and_may_take_it_over()
    {
        var (first, path) = await DraftAsync(NewsroomRoles.Editor, "Lighthouse restored " + _content.Unique);
        await GetAsync(first, path);
        var second = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Editor);

        var locked = await GetAsync(second, path);
        var takeOver = await second.PostAsync(path, Post(locked, "takeover"));
        var mine = await GetAsync(second, path);
        var firstAgain = await GetAsync(first, path);

        Assert.NotNull(locked.QuerySelector("[data-testid='lock-held'] [data-testid='take-over']"));
        Assert.Equal(HttpStatusCode.Redirect, takeOver.StatusCode);
        Assert.Null(mine.QuerySelector("[data-testid='lock-held']"));
        Assert.NotNull(firstAgain.QuerySelector("[data-testid='lock-held']"));
    }

    [Fact]
    public async Task Keeping_theirs_shows_the_saved_version_in_the_form_and_my_text_beside_it_and_saves_nothing()
    {
        var (first, path) = await DraftAsync(NewsroomRoles.Editor, "Tram line tested " + _content.Unique);
        var second = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Editor);
        var firstPage = await GetAsync(first, path);
        var secondPage = await GetAsync(second, path);
        await first.PostAsync(path, Post(firstPage, "save", ("Form.Headline", "Tram line tested at night")));
        var conflict = await DocumentAsync(await second.PostAsync(path, Post(secondPage, "save",
            ("Form.Headline", "Tram line tested by day"), ("Form.BodyHtml", "<p>Riders were invited.</p>"))));

        var kept = await second.PostAsync(path, Post(conflict, "keeptheirs"));
        var keptPage = await DocumentAsync(kept);
        var now = await GetAsync(first, path);

        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.Equal("Tram line tested at night", keptPage.QuerySelector("[data-testid='headline']")?.GetAttribute("value"));
        Assert.Equal("Tram line tested by day", keptPage.QuerySelector("[data-testid='mine-headline']")?.GetAttribute("value"));
        Assert.Equal("<p>Riders were invited.</p>", keptPage.QuerySelector("[data-testid='mine-body']")?.TextContent);
        Assert.Equal("Tram line tested at night", now.QuerySelector("[data-testid='headline']")?.GetAttribute("value"));
        Assert.Equal("<p>First paragraph.</p>", now.QuerySelector("[data-testid='body']")?.TextContent);
    }

    [Fact]
    public async Task Autosave_saves_the_working_copy_and_refuses_a_stale_version_without_overwriting()
    {
        var (first, path) = await DraftAsync(NewsroomRoles.Editor, "Ferry pier repaired " + _content.Unique);
        var second = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Editor);
        var firstPage = await GetAsync(first, path);
        var secondPage = await GetAsync(second, path);

        var saved = await first.PostAsync(path + "?handler=autosave", PostForm(firstPage, "#story-form", null, ("Form.Headline", "Ferry pier reopens")));
        var stale = await second.PostAsync(path + "?handler=autosave", PostForm(secondPage, "#story-form", null, ("Form.Headline", "Ferry pier closed")));
        var now = await GetAsync(first, path);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        using (var json = System.Text.Json.JsonDocument.Parse(await saved.Content.ReadAsStringAsync()))
        {
            Assert.True(json.RootElement.GetProperty("saved").GetBoolean());
            Assert.Equal(2, json.RootElement.GetProperty("version").GetInt32());
        }

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("\"conflict\":true", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Ferry pier reopens", now.QuerySelector("[data-testid='headline']")?.GetAttribute("value"));
        Assert.NotNull(firstPage.QuerySelector("[data-testid='autosave'][role='status']"));
        Assert.EndsWith("?handler=autosave", firstPage.QuerySelector("#story-form")?.GetAttribute("data-autosave-url"), StringComparison.Ordinal);
    }
}
