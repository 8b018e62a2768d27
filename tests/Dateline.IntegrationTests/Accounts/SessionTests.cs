using System.Net;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Accounts;

namespace Dateline.IntegrationTests.Accounts;

/// <summary>Changes to a user reach the sessions they already have open, at the session's next check.</summary>
public sealed class SessionTests(SessionCheckFactory factory) : IClassFixture<SessionCheckFactory>
{
    [Fact]
    public async Task Signing_out_everywhere_ends_every_session_of_that_user_and_no_one_elses()
    {
        var user = await NewsroomUsers.CreateAsync(factory, NewsroomRoles.Editor);
        var here = await NewsroomUsers.SignInAsync(factory, user.Email!, NewsroomUsers.Password);
        var elsewhere = await NewsroomUsers.SignInAsync(factory, user.Email!, NewsroomUsers.Password);
        var colleague = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Editor);
        var token = await NewsroomUsers.AntiforgeryTokenAsync(here, "/newsroom/security");

        var response = await here.PostAsync("/newsroom/security?handler=SignOutEverywhere", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(AccountsModule.SignInPath, response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await here.GetAsync("/newsroom")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await elsewhere.GetAsync("/newsroom")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await colleague.GetAsync("/newsroom")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await NewsroomUsers.PostSignInAsync(NewsroomUsers.Client(factory), user.Email!, NewsroomUsers.Password)).StatusCode);
    }

    [Fact]
    public async Task Signing_out_everywhere_without_the_antiforgery_token_is_refused()
    {
        var client = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Contributor);

        var response = await client.PostAsync("/newsroom/security?handler=SignOutEverywhere", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/newsroom")).StatusCode);
    }

    [Fact]
    public async Task Disabling_a_user_or_resetting_their_password_on_the_command_line_ends_their_open_session()
    {
        var disabled = await NewsroomUsers.CreateAsync(factory, NewsroomRoles.Editor);
        var reset = await NewsroomUsers.CreateAsync(factory, NewsroomRoles.Editor);
        var disabledSession = await NewsroomUsers.SignInAsync(factory, disabled.Email!, NewsroomUsers.Password);
        var resetSession = await NewsroomUsers.SignInAsync(factory, reset.Email!, NewsroomUsers.Password);

        Assert.Equal(0, (await DatelineBinary.InProcessAsync(factory, "users", "disable", "--email", disabled.Email!)).ExitCode);
        Assert.Equal(0, (await DatelineBinary.InProcessAsync(factory, "users", "reset-password", "--email", reset.Email!, "--password", "another long passphrase")).ExitCode);

        Assert.Equal(HttpStatusCode.Redirect, (await disabledSession.GetAsync("/newsroom")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await resetSession.GetAsync("/newsroom")).StatusCode);
    }

    [Fact]
    public async Task A_role_change_reaches_an_open_session_without_signing_in_again()
    {
        var user = await NewsroomUsers.CreateAsync(factory, NewsroomRoles.Contributor);
        var session = await NewsroomUsers.SignInAsync(factory, user.Email!, NewsroomUsers.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync("/newsroom/users")).StatusCode);

        await DatelineBinary.InProcessAsync(factory, "users", "set-role", "--email", user.Email!, "--role", "admin");

        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/newsroom/users")).StatusCode);
    }
}
