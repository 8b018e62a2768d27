using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Dateline.IntegrationTests.Accounts;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Accounts;
using Dateline.Web.Features.Audit;
using Dateline.Web.Features.Newsroom.Stories.Api;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.Audit;

public sealed class AuditLogTests(DatelineFactory factory) : IClassFixture<DatelineFactory>
{
    private readonly TestContent _content = new(factory);

    [Fact]
    public async Task A_publish_through_the_newsroom_api_leaves_entries_naming_the_editor_and_the_story()
    {
        var editor = await NewsroomUsers.CreateAsync(factory, NewsroomRoles.Editor, displayName: "Eda Audit");
        string token;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            (_, token) = await scope.ServiceProvider.GetRequiredService<ApiTokens>().CreateAsync(editor.Id, "desk", CancellationToken.None);
        }

        var client = NewsroomUsers.Client(factory);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var section = await _content.SectionAsync();
        var created = await client.PostAsJsonAsync(NewsroomArticlesApi.BasePath, new
        {
            edition = "en",
            headline = "Audit trail " + _content.Unique,
            bodyHtml = "<p>Text.</p>",
            section = section.Slug,
        });
        var story = (await created.Content.ReadFromJsonAsync<ArticleCreated>())!;
        var published = await client.PostAsync($"{NewsroomArticlesApi.BasePath}/{story.Id}/publish", null);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);

        var entries = await EntriesAsync(e => e.TargetType == "story" && e.TargetId == story.Id.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(["story.create", "story.publish"], entries.Select(e => e.Action));
        Assert.All(entries, e =>
        {
            Assert.Equal(editor.Id.ToString(CultureInfo.InvariantCulture), e.ActorId);
            Assert.Equal("Eda Audit", e.ActorName);
        });

        var admin = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Admin);
        var (_, page) = await HtmlPage.GetAsync(admin, $"/newsroom/audit?action=story.publish&actor={editor.Id}");
        var row = Assert.Single(page.QuerySelectorAll("[data-testid='audit-row']"));
        Assert.Contains($"story {story.Id}", row.TextContent, StringComparison.Ordinal);
        Assert.Empty(factory.Warnings);
    }

    [Fact]
    public async Task A_failed_sign_in_leaves_an_entry_that_never_holds_the_password()
    {
        var user = await NewsroomUsers.CreateAsync(factory, NewsroomRoles.Contributor);
        var secret = "my-wrong-secret-" + Guid.NewGuid().ToString("N");

        var response = await NewsroomUsers.PostSignInAsync(NewsroomUsers.Client(factory), user.Email!, secret);
        await NewsroomUsers.PostSignInAsync(NewsroomUsers.Client(factory), "nobody-" + Guid.NewGuid().ToString("N") + "@newsroom.test", secret);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var failed = Assert.Single(await EntriesAsync(e => e.Action == "sign-in.failed" && e.TargetId == user.Id.ToString(CultureInfo.InvariantCulture)));
        Assert.Contains("\"reason\":\"password\"", failed.Detail, StringComparison.Ordinal);
        var all = await EntriesAsync(e => true);
        Assert.DoesNotContain(all, e => $"{e.ActorName}|{e.Action}|{e.TargetId}|{e.Detail}".Contains(secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sign_in_two_factor_user_management_and_token_changes_are_recorded()
    {
        var user = await NewsroomUsers.CreateAsync(factory, NewsroomRoles.Contributor);
        var session = await NewsroomUsers.SignInAsync(factory, user.Email!, NewsroomUsers.Password);
        await TwoFactorEnrolment.EnrolAsync(session);
        await TwoFactorEnrolment.PostAsync(session, "/newsroom/tokens?handler=Create", new() { ["Name"] = "laptop" });
        var adminUser = await NewsroomUsers.CreateAsync(factory, NewsroomRoles.Admin);
        var admin = await NewsroomUsers.SignInAsync(factory, adminUser.Email!, NewsroomUsers.Password);
        await TwoFactorEnrolment.PostAsync(admin, "/newsroom/users?handler=SetRole", new() { ["id"] = Id(user), ["role"] = NewsroomRoles.Editor }, "/newsroom/users");

        var mine = await EntriesAsync(e => e.TargetType == "user" && e.TargetId == Id(user));

        Assert.Equal(["sign-in", "two-factor.enable", "token.create", "user.role"], mine.Select(e => e.Action));
        Assert.Equal(Id(adminUser), mine[^1].ActorId);
        Assert.Equal(Id(user), mine[0].ActorId);
    }

    [Fact]
    public async Task The_log_pages_newest_first_by_keyset_and_filters_by_action()
    {
        var action = "test.page-" + Guid.NewGuid().ToString("N")[..8];
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
            for (var i = 0; i < 60; i++)
            {
                db.AuditEntries.Add(new AuditEntry { At = DateTime.UtcNow, ActorName = "Seeder", Action = action, TargetType = "test", TargetId = i.ToString(CultureInfo.InvariantCulture) });
            }

            await db.SaveChangesAsync();
        }

        var admin = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Admin);
        var (_, first) = await HtmlPage.GetAsync(admin, "/newsroom/audit?action=" + action);
        var older = first.QuerySelector("[data-testid='audit-older']")?.GetAttribute("href");
        var (_, second) = await HtmlPage.GetAsync(admin, older!);

        var firstRows = first.QuerySelectorAll("[data-testid='audit-row']");
        Assert.Equal(50, firstRows.Length);
        Assert.Contains(" 59", firstRows[0].TextContent, StringComparison.Ordinal);
        Assert.All(firstRows, r => Assert.Equal(action, r.GetAttribute("data-action")));
        var secondRows = second.QuerySelectorAll("[data-testid='audit-row']");
        Assert.Equal(10, secondRows.Length);
        Assert.Contains(" 0", secondRows[^1].TextContent, StringComparison.Ordinal);
        Assert.Null(second.QuerySelector("[data-testid='audit-older']"));
    }

    [Fact]
    public async Task Bad_dates_are_422_and_non_admins_get_403()
    {
        var admin = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Admin);
        var editor = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Editor);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await admin.GetAsync("/newsroom/audit?from=2026-13-45")).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await admin.GetAsync("/newsroom/audit?from=2026-05-02&to=2026-05-01")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/newsroom/audit")).StatusCode);
    }

    private static string Id(NewsroomUser user) => user.Id.ToString(CultureInfo.InvariantCulture);

    private async Task<List<AuditEntry>> EntriesAsync(System.Linq.Expressions.Expression<Func<AuditEntry, bool>> where)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DatelineDbContext>().AuditEntries.AsNoTracking().Where(where).OrderBy(e => e.Id).ToListAsync();
    }
}
