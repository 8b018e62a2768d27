using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Accounts;
using Dateline.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.Accounts;

/// <summary>API tokens under <c>Newsroom:RequireTwoFactorForAdmins</c>: an Admin's token works only with two-factor on.</summary>
public sealed class AdminTokenTwoFactorTests(AdminTwoFactorFactory factory) : IClassFixture<AdminTwoFactorFactory>
{
    [Fact]
    public async Task An_admins_token_is_refused_with_a_problem_that_says_why_until_the_admin_enrols()
    {
        var admin = await NewsroomUsers.CreateAsync(factory, NewsroomRoles.Admin);
        var secret = await TokenBypassingTheRuleAsync(admin);

        var refused = await MeAsync(secret);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        using (var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()))
        {
            Assert.Contains("two-factor", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<NewsroomUser>>();
            await users.SetTwoFactorEnabledAsync((await users.FindByIdAsync(admin.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))!, true);
        }

        Assert.Equal(HttpStatusCode.OK, (await MeAsync(secret)).StatusCode);
    }

    [Fact]
    public async Task An_editors_token_works_without_two_factor()
    {
        var editor = await NewsroomUsers.CreateAsync(factory, NewsroomRoles.Editor);

        Assert.Equal(HttpStatusCode.OK, (await MeAsync(await TokenBypassingTheRuleAsync(editor))).StatusCode);
    }

    [Fact]
    public async Task The_tokens_verb_refuses_to_create_a_token_for_an_admin_without_two_factor()
    {
        var admin = await NewsroomUsers.CreateAsync(factory, NewsroomRoles.Admin);
        var editor = await NewsroomUsers.CreateAsync(factory, NewsroomRoles.Editor);

        var refused = await DatelineBinary.InProcessAsync(factory, "tokens", "create", "--email", admin.Email!, "--name", "script");
        var made = await DatelineBinary.InProcessAsync(factory, "tokens", "create", "--email", editor.Email!, "--name", "script");

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("two-factor", refused.Error, StringComparison.Ordinal);
        Assert.Equal("", refused.Output);
        Assert.Equal(0, made.ExitCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        Assert.False(await db.ApiTokens.AnyAsync(t => t.UserId == admin.Id));
        Assert.True(await db.ApiTokens.AnyAsync(t => t.UserId == editor.Id));
    }

    /// <summary>A token made the way an older build, or a role change after it was made, would have left it.</summary>
    private async Task<string> TokenBypassingTheRuleAsync(NewsroomUser user)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var (_, secret) = await scope.ServiceProvider.GetRequiredService<ApiTokens>().CreateAsync(user.Id, "script", CancellationToken.None);
        return secret;
    }

    private async Task<HttpResponseMessage> MeAsync(string secret)
    {
        var client = NewsroomUsers.Client(factory);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return await client.GetAsync("/api/v1/newsroom/me");
    }
}
