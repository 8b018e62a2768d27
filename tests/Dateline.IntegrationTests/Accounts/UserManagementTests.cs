using System.Globalization;
using System.Net;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.Accounts;

public sealed class UserManagementTests(DatelineFactory factory) : IClassFixture<DatelineFactory>
{
    [Fact]
    public async Task An_admin_adds_a_user_with_a_role_who_can_then_sign_in()
    {
        var admin = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Admin);
        var email = $"new-{Guid.NewGuid():N}@newsroom.test";

        var response = await PostAsync(admin, "Create", new()
        {
            ["NewUser.Email"] = email,
            ["NewUser.Name"] = "Rania Aziz",
            ["NewUser.Role"] = NewsroomRoles.Editor,
            ["NewUser.Password"] = NewsroomUsers.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/newsroom/users?done=created", response.Headers.Location?.OriginalString);
        Assert.Equal([NewsroomRoles.Editor], await RolesAsync(email));
        var (_, list) = await HtmlPage.GetAsync(admin, "/newsroom/users?done=created");
        Assert.Contains("Rania Aziz", list.QuerySelector($"[data-testid='user-row'][data-email='{email}']")?.TextContent, StringComparison.Ordinal);
        await NewsroomUsers.SignInAsync(factory, email, NewsroomUsers.Password);
        Assert.Empty(factory.Warnings);
    }

    [Theory]
    [InlineData("not-an-address", "Editor", "correct horse battery staple", "Please correct the fields")]
    [InlineData("ok-{0}@newsroom.test", "Owner", "correct horse battery staple", "Choose Contributor, Editor or Admin.")]
    [InlineData("ok-{0}@newsroom.test", "Editor", "short", "at least 12")]
    public async Task Bad_input_shows_the_form_again_with_422_and_what_was_wrong(string email, string role, string password, string message)
    {
        var admin = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Admin);
        email = string.Format(CultureInfo.InvariantCulture, email, Guid.NewGuid().ToString("N"));

        var response = await PostAsync(admin, "Create", new()
        {
            ["NewUser.Email"] = email,
            ["NewUser.Role"] = role,
            ["NewUser.Password"] = password,
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{email}\"", html, StringComparison.Ordinal);
        Assert.Null(await FindAsync(email));
    }

    [Fact]
    public async Task A_taken_address_is_refused()
    {
        var admin = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Admin);
        var existing = await NewsroomUsers.CreateAsync(factory, NewsroomRoles.Contributor);

        var response = await PostAsync(admin, "Create", new()
        {
            ["NewUser.Email"] = existing.Email!,
            ["NewUser.Role"] = NewsroomRoles.Admin,
            ["NewUser.Password"] = NewsroomUsers.Password,
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal([NewsroomRoles.Contributor], await RolesAsync(existing.Email!));
    }

    [Fact]
    public async Task Changing_a_role_gives_the_user_exactly_that_role()
    {
        var admin = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Admin);
        var user = await NewsroomUsers.CreateAsync(factory, NewsroomRoles.Contributor);

        var response = await PostAsync(admin, "SetRole", new() { ["id"] = Id(user), ["role"] = NewsroomRoles.Editor });

        Assert.Equal("/newsroom/users?done=role", response.Headers.Location?.OriginalString);
        Assert.Equal([NewsroomRoles.Editor], await RolesAsync(user.Email!));
    }

    [Fact]
    public async Task A_disabled_user_cannot_sign_in_until_enabled_again()
    {
        var admin = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Admin);
        var user = await NewsroomUsers.CreateAsync(factory, NewsroomRoles.Editor);

        Assert.Equal("/newsroom/users?done=disabled", (await PostAsync(admin, "Disable", new() { ["id"] = Id(user) })).Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await NewsroomUsers.PostSignInAsync(NewsroomUsers.Client(factory), user.Email!, NewsroomUsers.Password)).StatusCode);

        Assert.Equal("/newsroom/users?done=enabled", (await PostAsync(admin, "Enable", new() { ["id"] = Id(user) })).Headers.Location?.OriginalString);
        await NewsroomUsers.SignInAsync(factory, user.Email!, NewsroomUsers.Password);
    }

    [Fact]
    public async Task Resetting_two_factor_lets_the_user_sign_in_with_the_password_alone()
    {
        var admin = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Admin);
        var user = await NewsroomUsers.CreateAsync(factory, NewsroomRoles.Contributor);
        await TwoFactorEnrolment.EnrolAsync(await NewsroomUsers.SignInAsync(factory, user.Email!, NewsroomUsers.Password));
        var (_, before) = await HtmlPage.GetAsync(admin, "/newsroom/users");
        Assert.NotNull(before.QuerySelector($"[data-testid='user-row'][data-email='{user.Email}'] [data-testid='reset-two-factor']"));

        var response = await PostAsync(admin, "ResetTwoFactor", new() { ["id"] = Id(user) });

        Assert.Equal("/newsroom/users?done=two-factor", response.Headers.Location?.OriginalString);
        var signIn = await NewsroomUsers.PostSignInAsync(NewsroomUsers.Client(factory), user.Email!, NewsroomUsers.Password);
        Assert.Equal("/newsroom", signIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_unknown_user_is_404()
    {
        var admin = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Admin);

        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(admin, "Disable", new() { ["id"] = "99999999" })).StatusCode);
    }

    [Fact]
    public async Task An_editor_gets_403_for_the_page_and_for_its_posts()
    {
        var editor = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Editor);
        var victim = await NewsroomUsers.CreateAsync(factory, NewsroomRoles.Contributor);

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/newsroom/users")).StatusCode);
        var post = await TwoFactorEnrolment.PostAsync(editor, "/newsroom/users?handler=Disable", new() { ["id"] = Id(victim) }, "/newsroom");

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.False((await FindAsync(victim.Email!))!.IsDisabled);
    }

    [Fact]
    public async Task The_page_speaks_arabic_right_to_left_for_an_arabic_admin()
    {
        var admin = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Admin, NewsroomLanguages.Arabic);

        var (_, page) = await HtmlPage.GetAsync(admin, "/newsroom/users");

        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        Assert.Equal("المستخدمون", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("إضافة مستخدم", page.QuerySelector("#create-user-title")?.TextContent);
    }

    private static string Id(NewsroomUser user) => user.Id.ToString(CultureInfo.InvariantCulture);

    private static Task<HttpResponseMessage> PostAsync(HttpClient admin, string handler, Dictionary<string, string> fields) =>
        TwoFactorEnrolment.PostAsync(admin, "/newsroom/users?handler=" + handler, fields, "/newsroom/users");

    private async Task<NewsroomUser?> FindAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<NewsroomUser>>().FindByEmailAsync(email);
    }

    private async Task<IList<string>> RolesAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<NewsroomUser>>();
        return await users.GetRolesAsync((await users.FindByEmailAsync(email))!);
    }
}
