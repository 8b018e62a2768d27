using System.Net;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Accounts;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.Accounts;

public sealed class NewsroomShellTests(DatelineFactory factory) : IClassFixture<DatelineFactory>
{
    [Theory]
    [InlineData("/newsroom")]
    [InlineData("/newsroom/sign-in")]
    [InlineData("/newsroom/preferences")]
    public async Task Newsroom_pages_are_never_stored_nor_indexed(string path)
    {
        var client = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Editor);

        var (response, page) = await HtmlPage.GetAsync(client, path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Contains("noindex", string.Join(",", response.Headers.GetValues("X-Robots-Tag")), StringComparison.Ordinal);
        Assert.Contains("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content") ?? "", StringComparison.Ordinal);
        Assert.Null(response.Headers.Age);
        Assert.Contains("default-src 'self'", string.Join(",", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("[style], script:not([src]), style"));
    }

    [Fact]
    public async Task An_anonymous_redirect_out_of_the_newsroom_is_not_stored_either()
    {
        var response = await NewsroomUsers.Client(factory).GetAsync("/newsroom");

        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Contains("noindex", string.Join(",", response.Headers.GetValues("X-Robots-Tag")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_arabic_user_gets_the_shell_right_to_left_and_an_english_one_left_to_right()
    {
        var arabic = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Contributor, NewsroomLanguages.Arabic);
        var english = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Contributor);

        var (_, ar) = await HtmlPage.GetAsync(arabic, "/newsroom");
        var (_, en) = await HtmlPage.GetAsync(english, "/newsroom");

        Assert.Equal(("ar", "rtl"), (ar.DocumentElement.GetAttribute("lang"), ar.DocumentElement.GetAttribute("dir")));
        Assert.Equal("لوحة التحكم", ar.QuerySelector("h1")?.TextContent);
        Assert.Equal(("en", "ltr"), (en.DocumentElement.GetAttribute("lang"), en.DocumentElement.GetAttribute("dir")));
        Assert.Equal("Dashboard", en.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Choosing_arabic_in_preferences_is_stored_on_the_user_and_applies_at_once()
    {
        var user = await NewsroomUsers.CreateAsync(factory, NewsroomRoles.Contributor);
        var client = await NewsroomUsers.SignInAsync(factory, user.Email!, NewsroomUsers.Password);
        var token = await NewsroomUsers.AntiforgeryTokenAsync(client, "/newsroom/preferences");

        var response = await client.PostAsync("/newsroom/preferences", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Language"] = "ar",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, page) = await HtmlPage.GetAsync(client, "/newsroom");
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        Assert.Equal("ar", await db.Users.Where(u => u.Id == user.Id).Select(u => u.UiLanguage).SingleAsync());
    }

    [Fact]
    public async Task An_unknown_language_is_refused_with_422()
    {
        var client = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Contributor);
        var token = await NewsroomUsers.AntiforgeryTokenAsync(client, "/newsroom/preferences");

        var response = await client.PostAsync("/newsroom/preferences", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Language"] = "fr",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task The_roles_exist_once_after_any_number_of_starts()
    {
        await using (var second = factory.AnotherNode())
        {
            _ = second.Services;
        }

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        var roles = await db.Roles.Select(r => r.Name).OrderBy(n => n).ToListAsync();
        Assert.Equal(["Admin", "Contributor", "Editor"], roles);
    }

    [Fact]
    public async Task A_role_that_may_not_gets_403_in_the_newsroom_shell_and_its_language()
    {
        var client = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Editor, NewsroomLanguages.Arabic);

        var (response, page) = await HtmlPage.GetAsync(client, "/newsroom/users");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("غير مسموح", page.TestId("status-title"));
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task An_unknown_newsroom_address_is_a_404_in_the_newsroom_shell()
    {
        var client = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Contributor);

        var (response, page) = await HtmlPage.GetAsync(client, "/newsroom/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Not found", page.TestId("status-title"));
        Assert.NotNull(page.QuerySelector("link[href^='/css/newsroom']"));
    }

    [Fact]
    public async Task Admins_see_the_users_page_in_their_navigation_and_others_do_not()
    {
        var admin = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Admin);
        var editor = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Editor);

        var (_, adminPage) = await HtmlPage.GetAsync(admin, "/newsroom");
        var (_, editorPage) = await HtmlPage.GetAsync(editor, "/newsroom");

        Assert.NotNull(adminPage.QuerySelector("nav a[href='/newsroom/users']"));
        Assert.Null(editorPage.QuerySelector("nav a[href='/newsroom/users']"));
    }
}
