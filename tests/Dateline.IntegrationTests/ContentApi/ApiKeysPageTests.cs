using System.Net;
using AngleSharp.Html.Parser;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Accounts;
using static Dateline.IntegrationTests.ContentApi.ContentApiClient;

namespace Dateline.IntegrationTests.ContentApi;

public sealed class ApiKeysPageTests(KeyRequiredFactory factory) : IClassFixture<KeyRequiredFactory>
{
    private const string Page = "/newsroom/api-keys";

    [Fact]
    public async Task An_admin_creates_a_key_in_the_newsroom_sees_it_once_and_revokes_it()
    {
        var admin = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Admin);
        var name = $"Partner {Guid.NewGuid():N}"[..20];

        var created = await PostAsync(admin, "Create", new() { ["Name"] = name });
        var createdHtml = await ParseAsync(created);
        var key = createdHtml.QuerySelector("[data-testid=new-key]")?.TextContent;
        var (accepted, _) = await GetJsonAsync(factory.CreateClient(), "/api/v1/content/sections", apiKey: key);
        var row = createdHtml.QuerySelectorAll("[data-testid=api-keys] tbody tr").Single(r => r.TextContent.Contains(name, StringComparison.Ordinal));
        var id = row.GetAttribute("data-testid")!["api-key-".Length..];
        var listed = await admin.GetStringAsync(Page);
        var revoked = await PostAsync(admin, "Revoke", [], $"&id={id}");
        var (refused, _) = await GetJsonAsync(factory.CreateClient(), "/api/v1/content/sections", apiKey: key);
        var afterRevoke = await ParseAsync(await admin.GetAsync(revoked.Headers.Location));

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.StartsWith("dlk_", key, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Contains(key![..10], row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(key, listed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.NotNull(afterRevoke.QuerySelector("[data-testid=revoked]"));
        Assert.Null(afterRevoke.QuerySelector($"[data-testid=revoke-{id}]"));
        Assert.Empty(factory.Warnings);
    }

    [Fact]
    public async Task A_key_without_a_name_is_refused_with_a_message()
    {
        var admin = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Admin);

        var response = await PostAsync(admin, "Create", new() { ["Name"] = "   " });
        var html = await ParseAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.NotNull(html.QuerySelector("[data-testid=name-error]"));
        Assert.Null(html.QuerySelector("[data-testid=new-key]"));
    }

    [Fact]
    public async Task The_page_is_in_Arabic_for_an_admin_who_chose_Arabic()
    {
        var admin = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Admin, NewsroomLanguages.Arabic);

        var html = await ParseAsync(await admin.GetAsync(Page));

        Assert.Equal("rtl", html.DocumentElement.GetAttribute("dir"));
        Assert.Equal("مفاتيح واجهة المحتوى", html.QuerySelector("h1")?.TextContent);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string handler, Dictionary<string, string> fields, string query = "")
    {
        fields["__RequestVerificationToken"] = await NewsroomUsers.AntiforgeryTokenAsync(client, Page);
        return await client.PostAsync($"{Page}?handler={handler}{query}", new FormUrlEncodedContent(fields));
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
}
