using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.Accounts;

public sealed class ApiTokenAuthenticationTests(DatelineFactory factory) : IClassFixture<DatelineFactory>
{
    [Fact]
    public async Task A_valid_token_authenticates_as_its_user_with_their_role()
    {
        var token = await NewsroomUsers.ApiTokenAsync(factory, NewsroomRoles.Editor);

        var response = await SendAsync("Bearer " + token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var me = await response.Content.ReadFromJsonAsync<MeBody>();
        Assert.Equal(["Editor"], me!.Roles);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer dl_not-a-real-token")]
    [InlineData("Bearer something-else")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task No_token_or_an_unknown_one_gets_401_problem_json(string? authorization)
    {
        var response = await SendAsync(authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_revoked_token_gets_401()
    {
        var user = await NewsroomUsers.CreateAsync(factory, NewsroomRoles.Editor);
        await using var scope = factory.Services.CreateAsyncScope();
        var tokens = scope.ServiceProvider.GetRequiredService<ApiTokens>();
        var (token, secret) = await tokens.CreateAsync(user.Id, "script", CancellationToken.None);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync("Bearer " + secret)).StatusCode);

        await tokens.RevokeAsync(user.Id, token.Id, CancellationToken.None);

        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync("Bearer " + secret)).StatusCode);
    }

    [Fact]
    public async Task A_disabled_users_token_gets_401()
    {
        var user = await NewsroomUsers.CreateAsync(factory, NewsroomRoles.Admin);
        await using var scope = factory.Services.CreateAsyncScope();
        var (_, secret) = await scope.ServiceProvider.GetRequiredService<ApiTokens>().CreateAsync(user.Id, "script", CancellationToken.None);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<NewsroomUser>>();
        var stored = await users.FindByEmailAsync(user.Email!);
        stored!.IsDisabled = true;
        await users.UpdateAsync(stored);

        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync("Bearer " + secret)).StatusCode);
    }

    [Fact]
    public async Task Only_a_hash_of_the_token_is_stored()
    {
        var user = await NewsroomUsers.CreateAsync(factory, NewsroomRoles.Editor);
        await using var scope = factory.Services.CreateAsyncScope();
        var (token, secret) = await scope.ServiceProvider.GetRequiredService<ApiTokens>().CreateAsync(user.Id, "script", CancellationToken.None);

        Assert.StartsWith("dl_", secret, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, token.Hash, StringComparison.Ordinal);
        Assert.Equal(64, token.Hash.Length);
        Assert.True(token.Hint.Length < 10);
    }

    private async Task<HttpResponseMessage> SendAsync(string? authorization)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/newsroom/me");
        if (authorization is not null)
        {
            request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
        }

        return await NewsroomUsers.Client(factory).SendAsync(request);
    }

    private sealed record MeBody(int Id, string Email, string[] Roles);
}
