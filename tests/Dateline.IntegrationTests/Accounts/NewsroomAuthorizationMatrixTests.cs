using System.Net;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Accounts;

namespace Dateline.IntegrationTests.Accounts;

/// <summary>
/// Every newsroom route × anonymous / Contributor / Editor / Admin. Features add their routes to <see cref="Routes"/>:
/// the least role that may use it (null: anyone, as the sign-in page). Anonymous page requests must be sent to
/// sign-in, anonymous API requests get 401, a role below the least one gets 403, the least role and above get
/// <c>Allowed</c>.
/// </summary>
public sealed class NewsroomAuthorizationMatrixTests(DatelineFactory factory) : IClassFixture<DatelineFactory>
{
    private static readonly string[] RoleOrder = [NewsroomRoles.Contributor, NewsroomRoles.Editor, NewsroomRoles.Admin];

    /// <summary>(method, path, least role, the status a permitted caller gets).</summary>
    public static TheoryData<string, string, string?, int> Routes => new()
    {
        { "GET", "/newsroom/sign-in", null, 200 },
        { "GET", "/newsroom/sign-in/two-factor", null, 302 },
        { "GET", "/newsroom/two-factor", NewsroomRoles.Contributor, 200 },
        { "GET", "/newsroom", NewsroomRoles.Contributor, 200 },
        { "GET", "/newsroom/preferences", NewsroomRoles.Contributor, 200 },
        { "GET", "/newsroom/sign-out", NewsroomRoles.Contributor, 200 },
        { "GET", "/newsroom/security", NewsroomRoles.Contributor, 200 },
        { "GET", "/newsroom/tokens", NewsroomRoles.Contributor, 200 },
        { "GET", "/newsroom/users", NewsroomRoles.Admin, 200 },
        { "GET", "/newsroom/audit", NewsroomRoles.Admin, 200 },
        // Without an antiforgery token: an Admin's post is refused for that (400), anyone else's for the role first.
        { "POST", "/newsroom/users?handler=Create", NewsroomRoles.Admin, 400 },
        { "POST", "/newsroom/users?handler=SetRole", NewsroomRoles.Admin, 400 },
        { "POST", "/newsroom/users?handler=Disable", NewsroomRoles.Admin, 400 },
        { "POST", "/newsroom/users?handler=Enable", NewsroomRoles.Admin, 400 },
        { "POST", "/newsroom/users?handler=ResetTwoFactor", NewsroomRoles.Admin, 400 },
        { "GET", "/newsroom/api-keys", NewsroomRoles.Admin, 200 },
        { "GET", "/newsroom/webhooks", NewsroomRoles.Admin, 200 },
        { "GET", "/newsroom/webhooks/999999", NewsroomRoles.Admin, 404 },
        { "GET", "/api/v1/newsroom/me", NewsroomRoles.Contributor, 200 },
        { "GET", "/newsroom/stories/new", NewsroomRoles.Contributor, 200 },
        { "GET", "/newsroom/stories/999999/revisions", NewsroomRoles.Contributor, 404 },
        { "GET", "/newsroom/stories/999999/revisions/compare?from=1&to=2", NewsroomRoles.Contributor, 404 },
        { "GET", "/api/v1/newsroom/articles", NewsroomRoles.Contributor, 200 },
        { "GET", "/api/v1/newsroom/topics?edition=en&q=a", NewsroomRoles.Contributor, 200 },
        { "GET", "/api/v1/newsroom/related?edition=en&q=a", NewsroomRoles.Contributor, 200 },
        { "POST", "/newsroom/stories/999999?handler=translate", NewsroomRoles.Contributor, 400 },
        { "GET", "/api/v1/newsroom/webhooks", NewsroomRoles.Admin, 200 },
        { "GET", "/api/v1/newsroom/webhooks/999999", NewsroomRoles.Admin, 404 },
        { "GET", "/api/v1/newsroom/webhooks/999999/deliveries", NewsroomRoles.Admin, 404 },
        { "POST", "/api/v1/newsroom/webhooks/deliveries/999999/redeliver", NewsroomRoles.Admin, 404 },
        { "GET", "/newsroom/media", NewsroomRoles.Contributor, 200 },
        { "GET", "/newsroom/media/999999", NewsroomRoles.Contributor, 404 },
        { "GET", "/api/v1/newsroom/media", NewsroomRoles.Contributor, 200 },
        { "GET", "/api/v1/newsroom/media/999999", NewsroomRoles.Contributor, 404 },
        { "DELETE", "/api/v1/newsroom/media/999999", NewsroomRoles.Editor, 404 },
        { "GET", "/newsroom/sections", NewsroomRoles.Admin, 200 },
        { "POST", "/newsroom/sections?handler=Create", NewsroomRoles.Admin, 400 },
        { "POST", "/newsroom/sections?handler=Rename", NewsroomRoles.Admin, 400 },
        { "POST", "/newsroom/sections?handler=Move", NewsroomRoles.Admin, 400 },
        { "POST", "/newsroom/sections?handler=Navigation", NewsroomRoles.Admin, 400 },
        { "GET", "/newsroom/topics", NewsroomRoles.Admin, 200 },
        { "POST", "/newsroom/topics?handler=Rename", NewsroomRoles.Admin, 400 },
        { "POST", "/newsroom/topics?handler=Merge", NewsroomRoles.Admin, 400 },
        { "GET", "/newsroom/authors", NewsroomRoles.Admin, 200 },
        { "POST", "/newsroom/authors?handler=Create", NewsroomRoles.Admin, 400 },
        { "GET", "/newsroom/authors/999999", NewsroomRoles.Admin, 404 },
        { "POST", "/newsroom/authors/999999", NewsroomRoles.Admin, 400 },
        { "GET", "/newsroom/agencies", NewsroomRoles.Admin, 200 },
        { "POST", "/newsroom/agencies?handler=Save", NewsroomRoles.Admin, 400 },
        { "POST", "/newsroom/agencies?handler=Create", NewsroomRoles.Admin, 400 },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Each_route_admits_exactly_its_roles(string method, string path, string? leastRole, int allowed)
    {
        var isApi = path.StartsWith("/api/", StringComparison.Ordinal);
        var anonymous = await NewsroomUsers.Client(factory).SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        if (leastRole is null)
        {
            Assert.Equal(allowed, (int)anonymous.StatusCode);
        }
        else if (isApi)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
            Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
            Assert.StartsWith("/newsroom/sign-in?ReturnUrl=", anonymous.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        }

        foreach (var role in RoleOrder)
        {
            var permitted = leastRole is null || Array.IndexOf(RoleOrder, role) >= Array.IndexOf(RoleOrder, leastRole);
            var expected = permitted ? allowed : StatusCodes403;

            var client = await NewsroomUsers.SignedInClientAsync(factory, role);
            var viaCookie = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
            Assert.True(expected == (int)viaCookie.StatusCode, $"{role} with a cookie: {method} {path} answered {(int)viaCookie.StatusCode}, expected {expected}");

            if (isApi)
            {
                var token = await NewsroomUsers.ApiTokenAsync(factory, role);
                var request = new HttpRequestMessage(new HttpMethod(method), path);
                request.Headers.Authorization = new("Bearer", token);
                var viaToken = await NewsroomUsers.Client(factory).SendAsync(request);
                Assert.True(expected == (int)viaToken.StatusCode, $"{role} with a token: {method} {path} answered {(int)viaToken.StatusCode}, expected {expected}");
            }
        }

        Assert.Empty(factory.Warnings);
    }

    private const int StatusCodes403 = 403;
}
