using System.Globalization;
using System.Net;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.Accounts;

/// <summary>Account changes against sessions checked on every request.</summary>
public sealed class AccountChangeSessionTests(SessionCheckFactory factory) : IClassFixture<SessionCheckFactory>
{
    [Fact]
    public async Task Opening_the_enrolment_page_and_enrolling_keep_the_session()
    {
        var client = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Editor);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/newsroom/two-factor")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/newsroom")).StatusCode);
        await TwoFactorEnrolment.EnrolAsync(client);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/newsroom")).StatusCode);
    }

    [Fact]
    public async Task Disabling_a_user_on_the_users_page_ends_their_session_and_their_api_tokens()
    {
        var user = await NewsroomUsers.CreateAsync(factory, NewsroomRoles.Editor);
        var session = await NewsroomUsers.SignInAsync(factory, user.Email!, NewsroomUsers.Password);
        string token;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            (_, token) = await scope.ServiceProvider.GetRequiredService<ApiTokens>().CreateAsync(user.Id, "script", CancellationToken.None);
        }

        var admin = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Admin);
        var disable = await TwoFactorEnrolment.PostAsync(
            admin, "/newsroom/users?handler=Disable", new() { ["id"] = user.Id.ToString(CultureInfo.InvariantCulture) }, "/newsroom/users");

        Assert.Equal(HttpStatusCode.Redirect, disable.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/newsroom")).StatusCode);
        var api = new HttpRequestMessage(HttpMethod.Get, "/api/v1/newsroom/me");
        api.Headers.Authorization = new("Bearer", token);
        Assert.Equal(HttpStatusCode.Unauthorized, (await NewsroomUsers.Client(factory).SendAsync(api)).StatusCode);
    }

    [Fact]
    public async Task Resetting_a_users_two_factor_ends_their_sessions()
    {
        var user = await NewsroomUsers.CreateAsync(factory, NewsroomRoles.Contributor);
        var session = await NewsroomUsers.SignInAsync(factory, user.Email!, NewsroomUsers.Password);
        await TwoFactorEnrolment.EnrolAsync(session);
        var admin = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Admin);

        await TwoFactorEnrolment.PostAsync(
            admin, "/newsroom/users?handler=ResetTwoFactor", new() { ["id"] = user.Id.ToString(CultureInfo.InvariantCulture) }, "/newsroom/users");

        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/newsroom")).StatusCode);
    }
}
