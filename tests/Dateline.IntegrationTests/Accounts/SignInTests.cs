using System.Net;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.Accounts;

public sealed class SignInTests(DatelineFactory factory) : IClassFixture<DatelineFactory>
{
    [Fact]
    public async Task The_right_password_signs_in_and_the_shell_shows_the_users_name()
    {
        var user = await NewsroomUsers.CreateAsync(factory, NewsroomRoles.Editor, displayName: "Layla Haddad");
        var client = NewsroomUsers.Client(factory);

        var response = await NewsroomUsers.PostSignInAsync(client, user.Email!, NewsroomUsers.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/newsroom", response.Headers.Location?.OriginalString);
        var (dashboard, page) = await HtmlPage.GetAsync(client, "/newsroom");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Equal("Layla Haddad", page.TestId("signed-in-user"));
        Assert.Empty(factory.Warnings);
    }

    [Fact]
    public async Task The_session_cookie_is_host_only_secure_http_only_and_same_site_lax()
    {
        var user = await NewsroomUsers.CreateAsync(factory, NewsroomRoles.Contributor);
        var client = NewsroomUsers.Client(factory);

        var response = await NewsroomUsers.PostSignInAsync(client, user.Email!, NewsroomUsers.Password);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-dateline-newsroom=", StringComparison.Ordinal));
        Assert.Contains("; path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_wrong_password_shows_the_form_again_with_a_message_and_no_session()
    {
        var user = await NewsroomUsers.CreateAsync(factory, NewsroomRoles.Editor);
        var client = NewsroomUsers.Client(factory);

        var response = await NewsroomUsers.PostSignInAsync(client, user.Email!, "not the password at all");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("The email or password is not right.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies)
            && cookies.Any(c => c.StartsWith("__Host-dateline-newsroom=", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/newsroom")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_as_a_wrong_password()
    {
        var client = NewsroomUsers.Client(factory);

        var response = await NewsroomUsers.PostSignInAsync(client, "nobody@newsroom.test", NewsroomUsers.Password);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("The email or password is not right.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_so_even_the_right_one_is_refused()
    {
        var user = await NewsroomUsers.CreateAsync(factory, NewsroomRoles.Editor);
        var client = NewsroomUsers.Client(factory);
        for (var i = 0; i < 5; i++)
        {
            await NewsroomUsers.PostSignInAsync(client, user.Email!, "wrong password " + i);
        }

        var response = await NewsroomUsers.PostSignInAsync(client, user.Email!, NewsroomUsers.Password);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("locked", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/newsroom")).StatusCode);
    }

    [Fact]
    public async Task A_disabled_user_cannot_sign_in_with_the_right_password()
    {
        var user = await NewsroomUsers.CreateAsync(factory, NewsroomRoles.Admin);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<NewsroomUser>>();
            var stored = await users.FindByIdAsync(user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            stored!.IsDisabled = true;
            await users.UpdateAsync(stored);
        }

        var response = await NewsroomUsers.PostSignInAsync(NewsroomUsers.Client(factory), user.Email!, NewsroomUsers.Password);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("may not sign in", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posting_the_sign_in_form_without_its_antiforgery_token_is_refused()
    {
        var user = await NewsroomUsers.CreateAsync(factory, NewsroomRoles.Editor);
        var client = NewsroomUsers.Client(factory);

        var response = await client.PostAsync("/newsroom/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Email"] = user.Email!,
            ["Form.Password"] = NewsroomUsers.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Signing_in_returns_to_the_newsroom_page_asked_for_but_never_off_site()
    {
        var user = await NewsroomUsers.CreateAsync(factory, NewsroomRoles.Editor);

        var inside = await NewsroomUsers.PostSignInAsync(NewsroomUsers.Client(factory), user.Email!, NewsroomUsers.Password, "/newsroom/preferences");
        var outside = await NewsroomUsers.PostSignInAsync(NewsroomUsers.Client(factory), user.Email!, NewsroomUsers.Password, "//evil.example/newsroom");

        Assert.Equal("/newsroom/preferences", inside.Headers.Location?.OriginalString);
        Assert.Equal("/newsroom", outside.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_anonymous_visit_to_the_newsroom_is_sent_to_sign_in_with_the_way_back()
    {
        var response = await NewsroomUsers.Client(factory).GetAsync("/newsroom/preferences");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/newsroom/sign-in?ReturnUrl=%2Fnewsroom%2Fpreferences", response.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Contributor);
        var token = await NewsroomUsers.AntiforgeryTokenAsync(client, "/newsroom");

        var response = await client.PostAsync("/newsroom/sign-out", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/newsroom/sign-in", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/newsroom")).StatusCode);
    }

    [Fact]
    public async Task The_sign_in_page_speaks_arabic_right_to_left_when_asked()
    {
        var (_, byQuery) = await HtmlPage.GetAsync(NewsroomUsers.Client(factory), "/newsroom/sign-in?ui=ar");
        var client = NewsroomUsers.Client(factory);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ar-AE,ar;q=0.9,en;q=0.5");
        var (_, byBrowser) = await HtmlPage.GetAsync(client, "/newsroom/sign-in");

        foreach (var page in new[] { byQuery, byBrowser })
        {
            Assert.Equal("ar", page.DocumentElement.GetAttribute("lang"));
            Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
            Assert.Equal("تسجيل الدخول", page.QuerySelector("h1")?.TextContent);
        }
    }
}
