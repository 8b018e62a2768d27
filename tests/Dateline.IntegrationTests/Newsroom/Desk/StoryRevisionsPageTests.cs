using System.Net;
using AngleSharp.Html.Dom;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Accounts;
using static Dateline.IntegrationTests.Newsroom.Desk.DeskForms;

namespace Dateline.IntegrationTests.Newsroom.Desk;

/// <summary>The revision list, the comparison of two revisions and restore, through HTTP without JavaScript.</summary>
public sealed class StoryRevisionsPageTests(DatelineFactory factory) : IClassFixture<DatelineFactory>
{
    private readonly TestContent _content = new(factory);

    private static string Text(IHtmlDocument page, string testId) =>
        page.QuerySelector($"[data-testid='{testId}']")?.TextContent ?? throw new InvalidOperationException($"No {testId}.");

    /// <summary>An Editor's story with three revisions (created, two saves) and then published.</summary>
    private async Task<(HttpClient Client, string Path)> StoryWithHistoryAsync()
    {
        var (client, path) = await DraftAsync(factory, _content, NewsroomRoles.Editor, "Harbour bridge opens",
            "<p>The bridge opens on Monday.</p><p>Tolls are free for a month.</p>");
        var page = await GetAsync(client, path);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync(path, Post(page, "save", ("Form.Headline", "Harbour bridge opens to traffic")))).StatusCode);
        page = await GetAsync(client, path);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync(path, Post(page, "publish",
            ("Form.BodyHtml", "<p>The bridge opens on Tuesday.</p><p>Tolls are free for a month.</p>")))).StatusCode);
        return (client, path);
    }

    [Fact]
    public async Task The_revision_list_shows_each_save_and_workflow_step_with_who_and_when()
    {
        var (client, path) = await StoryWithHistoryAsync();

        var list = await GetAsync(client, path + "/revisions");
        var rows = list.QuerySelectorAll("[data-testid='revisions'] tbody tr").Select(r => r.TextContent).ToList();

        Assert.Equal(4, rows.Count);
        Assert.Contains("Published", rows[0], StringComparison.Ordinal);
        Assert.Contains("Saved", rows[1], StringComparison.Ordinal);
        Assert.Contains("(current)", rows[1], StringComparison.Ordinal);
        Assert.Contains("Saved", rows[2], StringComparison.Ordinal);
        Assert.Contains("Created", rows[3], StringComparison.Ordinal);
        Assert.All(rows, row => Assert.Contains("Test Editor", row, StringComparison.Ordinal));
        Assert.NotNull(list.QuerySelector("[data-testid='restore-1']"));
        Assert.Null(list.QuerySelector("[data-testid='restore-3']"));
    }

    [Fact]
    public async Task Comparing_two_revisions_shows_the_changed_fields_side_by_side_and_the_changed_words()
    {
        var (client, path) = await StoryWithHistoryAsync();

        var diff = await GetAsync(client, path + "/revisions/compare?from=1&to=3");

        Assert.Equal("Harbour bridge opens", Text(diff, "before-headline"));
        Assert.StartsWith("Harbour bridge opens", Text(diff, "after-headline"), StringComparison.Ordinal);
        Assert.Equal("to traffic", diff.QuerySelector("[data-testid='after-headline'] ins")?.LastChild?.TextContent.Trim());
        Assert.Equal("Monday", diff.QuerySelector("[data-testid='before-body'] del")?.LastChild?.TextContent.Trim());
        Assert.Equal("Tuesday", diff.QuerySelector("[data-testid='after-body'] ins")?.LastChild?.TextContent.Trim());
        Assert.Contains("Tolls are free for a month.", Text(diff, "after-body"), StringComparison.Ordinal);
        Assert.Null(diff.QuerySelector("[data-testid='diff-section']"));
        Assert.Contains("Section", Text(diff, "unchanged"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path + "/revisions/compare?from=1&to=99")).StatusCode);
    }

    [Fact]
    public async Task Restoring_a_revision_saves_it_as_a_new_one_and_keeps_the_history()
    {
        var (client, path) = await StoryWithHistoryAsync();
        var list = await GetAsync(client, path + "/revisions");

        var restored = await client.PostAsync(path + "/revisions?handler=restore", PostForm(list, "[data-testid='restore-form-1']", null));
        var after = await GetAsync(client, restored.Headers.Location!.OriginalString);
        var editor = await GetAsync(client, path);

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Contains("Revision 1 was restored as revision 4.", Text(after, "message"), StringComparison.Ordinal);
        Assert.Contains("Restored revision 1", Text(after, "revision-4"), StringComparison.Ordinal);
        Assert.NotNull(after.QuerySelector("[data-testid='revision-3']"));
        Assert.Equal("Harbour bridge opens", editor.QuerySelector("[data-testid='headline']")?.GetAttribute("value"));
    }

    [Fact]
    public async Task A_restore_over_a_version_saved_meanwhile_is_refused_and_changes_nothing()
    {
        var (client, path) = await StoryWithHistoryAsync();
        var list = await GetAsync(client, path + "/revisions");
        var other = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Editor);
        var page = await GetAsync(other, path);
        Assert.Equal(HttpStatusCode.Redirect, (await other.PostAsync(path, Post(page, "save", ("Form.Headline", "Bridge opening delayed")))).StatusCode);

        var refused = await client.PostAsync(path + "/revisions?handler=restore", PostForm(list, "[data-testid='restore-form-1']", null));
        var refusedPage = await DocumentAsync(refused);
        var editor = await GetAsync(client, path);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("nothing was restored", Text(refusedPage, "message"), StringComparison.Ordinal);
        Assert.Null(refusedPage.QuerySelector("[data-testid='revision-5']"));
        Assert.Equal("Bridge opening delayed", editor.QuerySelector("[data-testid='headline']")?.GetAttribute("value"));
    }

    [Fact]
    public async Task A_contributor_may_not_see_or_restore_another_contributors_revisions()
    {
        var (owner, path) = await DraftAsync(factory, _content, NewsroomRoles.Contributor, "Reading club " + _content.Unique);
        var page = await GetAsync(owner, path);
        await owner.PostAsync(path, Post(page, "save", ("Form.Headline", "Reading club meets")));
        var list = await GetAsync(owner, path + "/revisions");
        var stranger = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Contributor);
        var strangerToken = await NewsroomUsers.AntiforgeryTokenAsync(stranger, "/newsroom/stories/new");

        var strangerList = await stranger.GetAsync(path + "/revisions");
        var strangerDiff = await stranger.GetAsync(path + "/revisions/compare?from=1&to=2");
        var strangerRestore = await stranger.PostAsync(path + "/revisions?handler=restore", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["number"] = "1",
            ["version"] = "2",
            ["__RequestVerificationToken"] = strangerToken,
        }));

        Assert.NotNull(list.QuerySelector("[data-testid='restore-1']"));
        Assert.Equal(HttpStatusCode.Forbidden, strangerList.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, strangerDiff.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, strangerRestore.StatusCode);
        Assert.Equal("Reading club meets", (await GetAsync(owner, path)).QuerySelector("[data-testid='headline']")?.GetAttribute("value"));
    }

    [Fact]
    public async Task A_restore_without_the_antiforgery_token_is_refused()
    {
        var (client, path) = await StoryWithHistoryAsync();

        var response = await client.PostAsync(path + "/revisions?handler=restore", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["number"] = "1",
            ["version"] = "4",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_arabic_revision_pages_are_right_to_left_and_in_arabic()
    {
        var (client, path) = await StoryWithHistoryAsync();
        var arabic = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Editor, NewsroomLanguages.Arabic);

        var list = await GetAsync(arabic, path + "/revisions");
        var diff = await GetAsync(arabic, path + "/revisions/compare?from=1&to=3");

        Assert.Equal("rtl", list.DocumentElement.GetAttribute("dir"));
        Assert.Equal("ar", list.DocumentElement.GetAttribute("lang"));
        Assert.Contains("نشر", list.QuerySelector("[data-testid='revisions'] tbody tr")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("rtl", diff.DocumentElement.GetAttribute("dir"));
        Assert.Contains("دون تغيير", Text(diff, "unchanged"), StringComparison.Ordinal);
    }
}
