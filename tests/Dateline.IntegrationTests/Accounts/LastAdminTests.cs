using System.Globalization;
using System.Net;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Accounts;

namespace Dateline.IntegrationTests.Accounts;

/// <summary>On a site of its own, where the one Admin is the test's.</summary>
public sealed class LastAdminTests : IDisposable
{
    private readonly DatelineFactory _factory = new();

    [Fact]
    public async Task The_last_admin_can_neither_drop_their_admin_role_nor_disable_themselves()
    {
        var admin = await NewsroomUsers.CreateAsync(_factory, NewsroomRoles.Admin);
        var client = await NewsroomUsers.SignInAsync(_factory, admin.Email!, NewsroomUsers.Password);
        var id = admin.Id.ToString(CultureInfo.InvariantCulture);

        var demote = await TwoFactorEnrolment.PostAsync(client, "/newsroom/users?handler=SetRole", new() { ["id"] = id, ["role"] = NewsroomRoles.Editor }, "/newsroom/users");
        var disable = await TwoFactorEnrolment.PostAsync(client, "/newsroom/users?handler=Disable", new() { ["id"] = id }, "/newsroom/users");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, demote.StatusCode);
        Assert.Contains("last active Admin", await demote.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, disable.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/newsroom/users")).StatusCode);

        // With a second Admin, the first may step down.
        await NewsroomUsers.CreateAsync(_factory, NewsroomRoles.Admin);
        var again = await TwoFactorEnrolment.PostAsync(client, "/newsroom/users?handler=SetRole", new() { ["id"] = id, ["role"] = NewsroomRoles.Editor }, "/newsroom/users");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    public void Dispose() => _factory.Dispose();
}
