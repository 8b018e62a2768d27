using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.Accounts;

public sealed class TokensPageTests(DatelineFactory factory) : IClassFixture<DatelineFactory>
{
    [Fact]
    public async Task A_user_creates_a_token_in_the_newsroom_sees_it_once_and_it_acts_as_them_until_they_revoke_it()
    {
        var client = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Contributor);

        var created = await PostAsync(client, "Create", new() { ["Name"] = "phone app" });
        var createdPage = await new HtmlParser().ParseDocumentAsync(await created.Content.ReadAsStringAsync());
        var secret = createdPage.TestId("new-token")!;
        var me = await MeAsync(secret);
        var listPage = await client.GetStringAsync("/newsroom/tokens");
        var list = await new HtmlParser().ParseDocumentAsync(listPage);
        var id = list.QuerySelector("[data-testid='token-row'] input[name='id']")!.GetAttribute("value")!;
        var revoked = await PostAsync(client, "Revoke", new() { ["id"] = id });

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.StartsWith(ApiTokens.Prefix, secret);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.DoesNotContain(secret, listPage, StringComparison.Ordinal);
        Assert.Contains("phone app", list.QuerySelector("[data-testid='token-row']")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Never", list.QuerySelector("[data-testid='token-row']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await MeAsync(secret)).StatusCode);
        Assert.Contains("Revoked", await client.GetStringAsync("/newsroom/tokens"), StringComparison.Ordinal);
        Assert.Empty(factory.Warnings);
    }

    [Fact]
    public async Task A_user_cannot_revoke_someone_elses_token()
    {
        var owner = await NewsroomUsers.CreateAsync(factory, NewsroomRoles.Editor);
        var (token, secret) = await CreateTokenAsync(owner.Id);
        var intruder = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Admin);

        var response = await PostAsync(intruder, "Revoke", new() { ["id"] = token.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await MeAsync(secret)).StatusCode);
    }

    [Fact]
    public async Task A_nameless_token_is_refused_with_422_and_a_post_without_antiforgery_with_400()
    {
        var client = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Contributor);

        var nameless = await PostAsync(client, "Create", new() { ["Name"] = "   " });
        var forged = await client.PostAsync("/newsroom/tokens?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string> { ["Name"] = "x" }));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, nameless.StatusCode);
        Assert.Contains("1 to 100 characters", await nameless.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string handler, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await NewsroomUsers.AntiforgeryTokenAsync(client, "/newsroom/tokens");
        return await client.PostAsync($"/newsroom/tokens?handler={handler}", new FormUrlEncodedContent(fields));
    }

    private async Task<(int Id, string Secret)> CreateTokenAsync(int userId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var (token, secret) = await scope.ServiceProvider.GetRequiredService<ApiTokens>().CreateAsync(userId, "owner's script", CancellationToken.None);
        return (token.Id, secret);
    }

    private async Task<HttpResponseMessage> MeAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/newsroom/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await factory.CreateClient().SendAsync(request);
    }
}
