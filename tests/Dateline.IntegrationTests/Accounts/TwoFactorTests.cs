using System.Net;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Accounts;

namespace Dateline.IntegrationTests.Accounts;

public sealed class TwoFactorTests(DatelineFactory factory) : IClassFixture<DatelineFactory>
{
    [Fact]
    public async Task Enrolling_needs_a_right_code_from_the_app_and_shows_ten_recovery_codes_once()
    {
        var client = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Contributor);
        var (enrol, page) = await HtmlPage.GetAsync(client, "/newsroom/two-factor");
        Assert.Equal(HttpStatusCode.OK, enrol.StatusCode);
        Assert.NotNull(page.QuerySelector("svg[data-testid='two-factor-qr'] path[d^='M']"));
        var key = page.TestId("two-factor-key")!.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

        var wrong = await TwoFactorEnrolment.PostAsync(client, "/newsroom/two-factor?handler=Enable", new() { ["Code"] = Totp.WrongCode(key) });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Contains("That code is not right.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var right = await TwoFactorEnrolment.PostAsync(client, "/newsroom/two-factor?handler=Enable", new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        var done = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await right.Content.ReadAsStringAsync());
        Assert.Equal(10, done.QuerySelectorAll("[data-testid='recovery-codes'] code").Length);

        var (_, later) = await HtmlPage.GetAsync(client, "/newsroom/two-factor");
        Assert.Null(later.QuerySelector("[data-testid='recovery-codes']"));
        Assert.Null(later.QuerySelector("[data-testid='two-factor-key']"));
        Assert.NotNull(later.QuerySelector("[data-testid='disable-two-factor']"));
        Assert.Empty(factory.Warnings);
    }

    [Fact]
    public async Task Signing_in_asks_for_the_apps_code_after_the_password_and_refuses_a_wrong_one()
    {
        var user = await NewsroomUsers.CreateAsync(factory, NewsroomRoles.Editor);
        var (key, _) = await TwoFactorEnrolment.EnrolAsync(await NewsroomUsers.SignInAsync(factory, user.Email!, NewsroomUsers.Password));
        var client = NewsroomUsers.Client(factory);

        var password = await NewsroomUsers.PostSignInAsync(client, user.Email!, NewsroomUsers.Password, "/newsroom/security");
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.StartsWith("/newsroom/sign-in/two-factor?", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/newsroom")).StatusCode);

        var codePage = password.Headers.Location!.OriginalString;
        var wrong = await TwoFactorEnrolment.PostAsync(client, codePage, new() { ["Code"] = Totp.WrongCode(key) }, codePage);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Contains("The code is not right.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/newsroom")).StatusCode);

        var right = await TwoFactorEnrolment.PostAsync(client, codePage, new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) }, codePage);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/newsroom/security", right.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/newsroom")).StatusCode);
        Assert.Empty(factory.Warnings);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_and_never_again()
    {
        var user = await NewsroomUsers.CreateAsync(factory, NewsroomRoles.Contributor);
        var (_, codes) = await TwoFactorEnrolment.EnrolAsync(await NewsroomUsers.SignInAsync(factory, user.Email!, NewsroomUsers.Password));
        var recovery = codes[3];

        var first = await SecondStepAsync(user.Email!, recovery.ToLowerInvariant());
        var again = await SecondStepAsync(user.Email!, recovery);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/newsroom", first.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
    }

    [Fact]
    public async Task Wrong_codes_lock_the_account_like_wrong_passwords()
    {
        var user = await NewsroomUsers.CreateAsync(factory, NewsroomRoles.Contributor);
        var (key, _) = await TwoFactorEnrolment.EnrolAsync(await NewsroomUsers.SignInAsync(factory, user.Email!, NewsroomUsers.Password));
        for (var i = 0; i < 5; i++)
        {
            await SecondStepAsync(user.Email!, Totp.WrongCode(key));
        }

        // Locked: even the right password is refused before any code is asked for.
        var response = await NewsroomUsers.PostSignInAsync(NewsroomUsers.Client(factory), user.Email!, NewsroomUsers.Password);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("locked", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Turning_two_factor_off_signs_in_with_the_password_alone_again()
    {
        var user = await NewsroomUsers.CreateAsync(factory, NewsroomRoles.Editor);
        var client = await NewsroomUsers.SignInAsync(factory, user.Email!, NewsroomUsers.Password);
        await TwoFactorEnrolment.EnrolAsync(client);

        var off = await TwoFactorEnrolment.PostAsync(client, "/newsroom/two-factor?handler=Disable", []);

        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        var signIn = await NewsroomUsers.PostSignInAsync(NewsroomUsers.Client(factory), user.Email!, NewsroomUsers.Password);
        Assert.Equal("/newsroom", signIn.Headers.Location?.OriginalString);
    }

    /// <summary>A fresh browser: the password, then <paramref name="code"/> on the second step.</summary>
    private async Task<HttpResponseMessage> SecondStepAsync(string email, string code)
    {
        var client = NewsroomUsers.Client(factory);
        var password = await NewsroomUsers.PostSignInAsync(client, email, NewsroomUsers.Password);
        var codePage = password.Headers.Location!.OriginalString;
        return await TwoFactorEnrolment.PostAsync(client, codePage, new() { ["Code"] = code }, codePage);
    }
}
