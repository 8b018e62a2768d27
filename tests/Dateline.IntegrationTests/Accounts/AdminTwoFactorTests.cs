using System.Net;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Accounts;

namespace Dateline.IntegrationTests.Accounts;

public sealed class AdminTwoFactorTests(AdminTwoFactorFactory factory) : IClassFixture<AdminTwoFactorFactory>
{
    [Fact]
    public async Task An_admin_without_two_factor_reaches_nothing_but_enrolment_until_enrolled()
    {
        var admin = await NewsroomUsers.CreateAsync(factory, NewsroomRoles.Admin);
        var client = await NewsroomUsers.SignInAsync(factory, admin.Email!, NewsroomUsers.Password);

        var dashboard = await client.GetAsync("/newsroom");
        Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
        Assert.Equal("/newsroom/two-factor", dashboard.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/newsroom/users")).StatusCode);
        var api = await client.GetAsync("/api/v1/newsroom/me");
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);

        // A form post is not carried out either: the token is not created.
        var post = await TwoFactorEnrolment.PostAsync(client, "/newsroom/tokens?handler=Create", new() { ["Name"] = "sneaky" }, "/newsroom/two-factor");
        Assert.Equal(HttpStatusCode.SeeOther, post.StatusCode);

        var (enrolment, page) = await HtmlPage.GetAsync(client, "/newsroom/two-factor");
        Assert.Equal(HttpStatusCode.OK, enrolment.StatusCode);
        Assert.NotNull(page.QuerySelector("[data-testid='two-factor-required']"));

        await TwoFactorEnrolment.EnrolAsync(client);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/newsroom")).StatusCode);
        var (_, tokens) = await HtmlPage.GetAsync(client, "/newsroom/tokens");
        Assert.Empty(tokens.QuerySelectorAll("[data-testid='token-row']"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/newsroom/me")).StatusCode);
    }

    [Fact]
    public async Task An_admin_may_not_turn_two_factor_off_while_it_is_required()
    {
        var admin = await NewsroomUsers.CreateAsync(factory, NewsroomRoles.Admin);
        var client = await NewsroomUsers.SignInAsync(factory, admin.Email!, NewsroomUsers.Password);
        await TwoFactorEnrolment.EnrolAsync(client);

        var off = await TwoFactorEnrolment.PostAsync(client, "/newsroom/two-factor?handler=Disable", []);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, off.StatusCode);
    }

    [Fact]
    public async Task Editors_are_not_asked_to_enrol()
    {
        var client = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Editor);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/newsroom")).StatusCode);
    }
}
