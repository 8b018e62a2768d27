using System.Collections.Concurrent;
using Dateline.BrowserTests.Infrastructure;
using Dateline.Web.Features.Accounts;
using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Newsroom.Stories;
using Dateline.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dateline.BrowserTests.Newsroom;

/// <summary>
/// The story desk in Chromium, in English and in Arabic: a Contributor writes and submits with the real editor (TipTap
/// body, topic autocomplete, pinned-story picker), an Editor publishes, and an anonymous reader whose home, section and
/// topic pages were cached before sees the story on all three at once. Two editors on one story reach the conflict
/// page and lose nothing; autosave keeps typing safe through a lost connection.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class StoryDeskJourneyTests(SiteFixture site)
{
    private const string Password = "Desk-journey-password-2026";

    [SkippableFact]
    public Task In_english_a_contributor_writes_and_submits_an_editor_publishes_and_home_section_and_topic_show_it_at_once() =>
        JourneyAsync("en", NewsroomLanguages.English, "Desk journey", "Harbour works", "Written in Chromium by a contributor.", "Ukr", "Ukraine");

    [SkippableFact]
    public Task In_arabic_a_contributor_writes_and_submits_an_editor_publishes_and_home_section_and_topic_show_it_at_once() =>
        JourneyAsync("ar", NewsroomLanguages.Arabic, "رحلة المحرر", "أعمال الميناء", "كتبه مساهم في متصفح حقيقي.", "اوكر", "أوكرانيا");

    private Task JourneyAsync(
        string edition, string language, string headlineStem, string topicStem, string bodyText, string topicPrefix, string existingTopic) =>
        site.OnPageAsync(Viewports.Desktop(900), async page =>
        {
            var unique = Guid.NewGuid().ToString("N")[..8];
            var headline = $"{headlineStem} {unique}";
            var newTopic = $"{topicStem} {unique}";
            var problems = WatchScripts(page);
            var contributor = await UserAsync(NewsroomRoles.Contributor, language);
            var editor = await UserAsync(NewsroomRoles.Editor, language);

            // A reader has the home, section and topic pages in the output cache before the story exists.
            await using var readerContext = await NewContextAsync(page);
            var reader = await readerContext.NewPageAsync();
            var sectionPath = $"/{edition}/section/world";
            await reader.GotoAsync($"/{edition}");
            await reader.GotoAsync(sectionPath);

            await SignInAsync(page, contributor);
            await page.GotoAsync($"/newsroom/stories/new?edition={edition}");
            await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", language == NewsroomLanguages.Arabic ? "rtl" : "ltr");
            await page.GetByTestId("headline").FillAsync(headline);
            await page.Locator(".ProseMirror").ClickAsync();
            await page.Keyboard.TypeAsync(bodyText);
            await page.GetByTestId("section").SelectOptionAsync(await SectionIdAsync(edition, "world"));

            // Topic autocomplete: a few letters (Arabic without its hamza) find the existing topic; Enter picks it.
            var topics = page.GetByTestId("topics");
            await topics.ClickAsync();
            await page.Keyboard.TypeAsync(topicPrefix);
            await Expect(page.GetByTestId("topic-option").First).ToContainTextAsync(existingTopic);
            await Expect(topics).ToHaveAttributeAsync("aria-expanded", "true");
            await page.Keyboard.PressAsync("Enter");
            await Expect(topics).ToHaveValueAsync(new System.Text.RegularExpressions.Regex($"^{existingTopic}[,،] $"));
            // A name no topic has is offered as new and created when the story is saved.
            await page.Keyboard.TypeAsync(newTopic);
            await Expect(page.GetByTestId("topic-new")).ToContainTextAsync(newTopic);
            await page.Keyboard.PressAsync("Escape");

            if (edition == "en")
            {
                // Pinned related story: found by a word of its headline, pinned, kept in the form.
                await page.GetByTestId("pin-query").FillAsync("Lavrov");
                await page.GetByTestId("pin-find").ClickAsync();
                await page.GetByTestId("pin-add").First.ClickAsync();
                await Expect(page.GetByTestId("pinned-list")).ToContainTextAsync("Lavrov");
            }

            await page.GetByTestId("submit").ClickAsync();
            await Expect(page.GetByTestId("saved")).ToBeVisibleAsync();
            var storyPath = new Uri(page.Url).AbsolutePath;
            await Expect(page.GetByTestId("story-state")).ToContainTextAsync(language == NewsroomLanguages.Arabic ? "قيد المراجعة" : "In review");
            await Expect(page.GetByTestId("topics")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex($"^{existingTopic}[,،] {newTopic}$"));
            if (edition == "en")
            {
                await Expect(page.GetByTestId("pinned-list")).ToContainTextAsync(SiteFixture.SeedHeadline);
            }

            var topicPath = $"/{edition}/topic/{Uri.EscapeDataString(Slug.From(newTopic))}";
            await reader.GotoAsync(topicPath);
            await Expect(reader.GetByRole(AriaRole.Link, new() { Name = headline })).ToHaveCountAsync(0);

            // The Editor, in a browser of their own, publishes the submitted story.
            await using var editorContext = await NewContextAsync(page);
            var editorPage = await editorContext.NewPageAsync();
            await SignInAsync(editorPage, editor);
            await editorPage.GotoAsync(storyPath);
            await Expect(editorPage.GetByTestId("headline")).ToHaveValueAsync(headline);
            await editorPage.GetByTestId("publish").ClickAsync();
            await Expect(editorPage.GetByTestId("view-live")).ToBeVisibleAsync();

            foreach (var path in new[] { $"/{edition}", sectionPath, topicPath })
            {
                await reader.GotoAsync(path);
                await Expect(reader.GetByRole(AriaRole.Link, new() { Name = headline })).Not.ToHaveCountAsync(0);
            }

            await reader.GetByRole(AriaRole.Link, new() { Name = headline }).First.ClickAsync();
            await Expect(reader.GetByTestId("article-body")).ToContainTextAsync(bodyText);
            Assert.Empty(problems);
        });

    [SkippableFact]
    public Task Two_editors_saving_one_story_reach_the_conflict_page_and_merge_without_losing_either_text() =>
        site.OnPageAsync(Viewports.Desktop(900), async first =>
        {
            var unique = Guid.NewGuid().ToString("N")[..8];
            var problems = WatchScripts(first);
            await SignInAsync(first, await UserAsync(NewsroomRoles.Editor, NewsroomLanguages.English));
            await first.GotoAsync("/newsroom/stories/new?edition=en");
            await first.GetByTestId("headline").FillAsync($"Water taxis {unique}");
            await first.GetByTestId("save").ClickAsync();
            await Expect(first.GetByTestId("saved")).ToBeVisibleAsync();
            var path = new Uri(first.Url).AbsolutePath;

            await using var secondContext = await NewContextAsync(first);
            var second = await secondContext.NewPageAsync();
            await SignInAsync(second, await UserAsync(NewsroomRoles.Editor, NewsroomLanguages.English));
            await second.GotoAsync(path);
            await Expect(second.GetByTestId("lock-held")).ToBeVisibleAsync();

            // The first editor saves a new headline; the second, still on the version they opened, writes the body.
            await first.GetByTestId("headline").FillAsync($"Water taxis return to the creek {unique}");
            await first.GetByTestId("save").ClickAsync();
            await Expect(first.GetByTestId("saved")).ToBeVisibleAsync();
            await second.Locator(".ProseMirror").ClickAsync();
            await second.Keyboard.TypeAsync("Ferries run every ten minutes from the old souk.");
            await second.GetByTestId("save").ClickAsync();

            await Expect(second.GetByTestId("conflict")).ToBeVisibleAsync();
            await Expect(second.GetByTestId("before-headline")).ToContainTextAsync("return to the creek");
            await Expect(second.GetByTestId("after-body")).ToContainTextAsync("Ferries run every ten minutes");
            await Expect(second.Locator(".ProseMirror")).ToContainTextAsync("Ferries run every ten minutes from the old souk.");

            // The second editor merges by hand (takes the first's headline, keeps their body) and saves over it.
            await second.GetByTestId("headline").FillAsync($"Water taxis return to the creek {unique}");
            await second.GetByTestId("overwrite").ClickAsync();
            await Expect(second.GetByTestId("saved")).ToBeVisibleAsync();

            var story = await StoryAsync(StoryId(path));
            Assert.Equal($"Water taxis return to the creek {unique}", story.Fields.Headline);
            Assert.Contains("Ferries run every ten minutes from the old souk.", story.Fields.BodyHtml, StringComparison.Ordinal);
            await first.GotoAsync($"{path}/revisions");
            // Both saves are revisions: the first editor's headline (2) and the merge (3).
            await Expect(first.GetByTestId("revision-2")).ToBeVisibleAsync();
            await Expect(first.GetByTestId("revision-3")).ToBeVisibleAsync();
            Assert.Empty(problems);
        });

    [SkippableFact]
    public Task Autosave_saves_typing_without_the_save_button_warns_when_offline_keeps_the_text_and_saves_it_back_online() =>
        site.OnPageAsync(Viewports.Desktop(900), async page =>
        {
            var unique = Guid.NewGuid().ToString("N")[..8];
            await SignInAsync(page, await UserAsync(NewsroomRoles.Editor, NewsroomLanguages.English));
            await page.GotoAsync("/newsroom/stories/new?edition=en");
            await page.GetByTestId("headline").FillAsync($"Autosave journey {unique}");
            await page.GetByTestId("save").ClickAsync();
            await Expect(page.GetByTestId("saved")).ToBeVisibleAsync();
            var id = StoryId(new Uri(page.Url).AbsolutePath);
            var status = page.GetByTestId("autosave");

            await page.Locator(".ProseMirror").ClickAsync();
            await page.Keyboard.TypeAsync("Typed and never saved by hand.");
            await page.GetByTestId("standfirst").ClickAsync();
            await Expect(status).ToHaveAttributeAsync("data-state", "saved");
            Assert.Contains("Typed and never saved by hand.", (await StoryAsync(id)).Fields.BodyHtml, StringComparison.Ordinal);

            await page.Context.SetOfflineAsync(true);
            await page.Locator(".ProseMirror").ClickAsync();
            await page.Keyboard.PressAsync("End");
            await page.Keyboard.TypeAsync(" Written while offline.");
            await page.GetByTestId("standfirst").ClickAsync();
            await Expect(status).ToHaveAttributeAsync("data-state", "offline");
            await Expect(status).ToContainTextAsync("no connection");
            await Expect(page.Locator(".ProseMirror")).ToContainTextAsync("Typed and never saved by hand. Written while offline.");
            Assert.DoesNotContain("Written while offline.", (await StoryAsync(id)).Fields.BodyHtml, StringComparison.Ordinal);

            await page.Context.SetOfflineAsync(false);
            await Expect(status).ToHaveAttributeAsync("data-state", "saved", new() { Timeout = 30_000 });
            Assert.Contains("Typed and never saved by hand. Written while offline.", (await StoryAsync(id)).Fields.BodyHtml, StringComparison.Ordinal);
        });

    private static int StoryId(string path) => int.Parse(path.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Script errors and CSP refusals (a blocked inline script or style shows as a console error naming the policy).</summary>
    private static ConcurrentQueue<string> WatchScripts(IPage page)
    {
        var problems = new ConcurrentQueue<string>();
        page.PageError += (_, error) => problems.Enqueue("script: " + error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                problems.Enqueue("csp: " + message.Text);
            }
        };
        return problems;
    }

    private async Task<IBrowserContext> NewContextAsync(IPage page)
    {
        var context = await page.Context.Browser!.NewContextAsync(new()
        {
            BaseURL = site.BaseAddress.ToString(),
            IgnoreHTTPSErrors = true,
            ViewportSize = new() { Width = 1366, Height = 900 },
        });
        context.SetDefaultNavigationTimeout(120_000);
        context.SetDefaultTimeout(60_000);
        return context;
    }

    private async Task<string> UserAsync(string role, string language)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@desk.test";
        await using var scope = site.Services.CreateAsyncScope();
        var refused = await scope.ServiceProvider.GetRequiredService<NewsroomAccounts>()
            .CreateAsync(email, role, $"Desk {role}", Password, CancellationToken.None);
        Assert.Null(refused);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<NewsroomUser>>();
        var user = await users.FindByEmailAsync(email);
        user!.UiLanguage = language;
        Assert.True((await users.UpdateAsync(user)).Succeeded);
        return email;
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/newsroom/sign-in");
        await page.GetByTestId("email").FillAsync(email);
        await page.GetByTestId("password").FillAsync(Password);
        await page.GetByTestId("sign-in").ClickAsync();
        await Expect(page.GetByTestId("dashboard-welcome")).ToBeVisibleAsync();
    }

    private async Task<string> SectionIdAsync(string edition, string slug)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        var id = await db.Sections.Where(s => s.EditionCode == edition && s.Slug == slug).Select(s => s.Id).SingleAsync();
        return id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<Story> StoryAsync(int id)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DatelineDbContext>().Stories.AsNoTracking().SingleAsync(s => s.ArticleId == id);
    }
}
