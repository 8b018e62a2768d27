using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Accounts;
using Dateline.Web.Features.Newsroom.Stories.Api;

namespace Dateline.IntegrationTests.Newsroom.Stories;

/// <summary>The management API through HTTP with real API tokens: roles, ETag/If-Match concurrency and the public page.</summary>
public sealed class NewsroomArticlesApiTests(DatelineFactory factory) : IClassFixture<DatelineFactory>
{
    private const string Path = NewsroomArticlesApi.BasePath;
    private readonly TestContent _content = new(factory);

    private async Task<HttpClient> ClientAsync(string role)
    {
        var client = NewsroomUsers.Client(factory);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await NewsroomUsers.ApiTokenAsync(factory, role));
        return client;
    }

    private async Task<object> BodyAsync(string headline, string? status = null)
    {
        var section = await _content.SectionAsync();
        return new { edition = "en", headline = headline + " " + _content.Unique, bodyHtml = "<p>First paragraph.</p>", section = section.Slug, status };
    }

    private static async Task<(ArticleCreated Story, EntityTagHeaderValue ETag)> CreatedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var story = (await response.Content.ReadFromJsonAsync<ArticleCreated>())!;
        Assert.Equal($"{Path}/{story.Id}", response.Headers.Location?.OriginalString);
        return (story, response.Headers.ETag!);
    }

    private static HttpRequestMessage Put(int id, object body, EntityTagHeaderValue? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"{Path}/{id}") { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(ifMatch);
        }

        return request;
    }

    [Fact]
    public async Task A_contributor_creates_a_draft_and_reads_it_back_with_the_same_etag()
    {
        var client = await ClientAsync(NewsroomRoles.Contributor);

        var (story, etag) = await CreatedAsync(await client.PostAsJsonAsync(Path, await BodyAsync("Library extends hours")));
        var get = await client.GetAsync($"{Path}/{story.Id}");
        using var json = JsonDocument.Parse(await get.Content.ReadAsStringAsync());

        Assert.Equal("draft", story.Status);
        Assert.Null(story.Url);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(etag, get.Headers.ETag);
        Assert.StartsWith("Library extends hours", json.RootElement.GetProperty("headline").GetString(), StringComparison.Ordinal);
        Assert.Equal("<p>First paragraph.</p>", json.RootElement.GetProperty("bodyHtml").GetString());
    }

    [Fact]
    public async Task The_list_shows_a_new_draft_by_state_and_edition()
    {
        var client = await ClientAsync(NewsroomRoles.Editor);
        var (story, _) = await CreatedAsync(await client.PostAsJsonAsync(Path, await BodyAsync("Market hall listed")));

        var drafts = await client.GetFromJsonAsync<ArticleList>($"{Path}?state=draft&edition=en");
        var live = await client.GetFromJsonAsync<ArticleList>($"{Path}?state=published&edition=en");
        var bad = await client.GetAsync($"{Path}?state=lost");

        Assert.Contains(drafts!.Items, s => s.Id == story.Id);
        Assert.DoesNotContain(live!.Items, s => s.Id == story.Id);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_update_without_if_match_gets_428_and_one_with_a_stale_etag_gets_412_and_changes_nothing()
    {
        var client = await ClientAsync(NewsroomRoles.Editor);
        var (story, first) = await CreatedAsync(await client.PostAsJsonAsync(Path, await BodyAsync("Bridge repairs")));

        var missing = await client.SendAsync(Put(story.Id, await BodyAsync("Bridge repairs, no tag"), null));
        var saved = await client.SendAsync(Put(story.Id, await BodyAsync("Bridge repairs begin"), first));
        var stale = await client.SendAsync(Put(story.Id, await BodyAsync("Bridge repairs overwritten"), first));
        var now = await client.GetAsync($"{Path}/{story.Id}");
        using var json = JsonDocument.Parse(await now.Content.ReadAsStringAsync());
        using var conflict = JsonDocument.Parse(await stale.Content.ReadAsStringAsync());

        Assert.Equal((HttpStatusCode)428, missing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.NotEqual(first, saved.Headers.ETag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        Assert.True(conflict.RootElement.TryGetProperty("currentVersion", out _));
        Assert.StartsWith("Bridge repairs begin", json.RootElement.GetProperty("headline").GetString(), StringComparison.Ordinal);
        Assert.Equal(saved.Headers.ETag, now.Headers.ETag);
    }

    [Fact]
    public async Task Publishing_with_a_stale_etag_gets_412_and_without_one_publishes_the_working_copy()
    {
        var client = await ClientAsync(NewsroomRoles.Editor);
        var (story, first) = await CreatedAsync(await client.PostAsJsonAsync(Path, await BodyAsync("Harbour ferry returns")));
        var saved = await client.SendAsync(Put(story.Id, await BodyAsync("Harbour ferry returns on Monday"), first));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var staleRequest = new HttpRequestMessage(HttpMethod.Post, $"{Path}/{story.Id}/publish");
        staleRequest.Headers.IfMatch.Add(first);
        var stale = await client.SendAsync(staleRequest);
        var published = await client.PostAsync($"{Path}/{story.Id}/publish", null);
        var live = (await published.Content.ReadFromJsonAsync<ArticleCreated>())!;

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal("published", live.Status);
        var (page, html) = await HtmlPage.GetAsync(factory.CreateClient(), new Uri(live.Url!).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.StartsWith("Harbour ferry returns on Monday", html.TestId("headline"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editor_corrects_and_unpublishes_a_live_story_and_its_page_follows()
    {
        var client = await ClientAsync(NewsroomRoles.Editor);
        var (story, _) = await CreatedAsync(await client.PostAsJsonAsync(Path, await BodyAsync("Stadium roof completed", "published")));
        var reader = factory.CreateClient();
        var path = new Uri((await client.GetFromJsonAsync<ArticleCreated>($"{Path}/{story.Id}"))!.Url!).PathAndQuery;

        var corrected = await client.PostAsJsonAsync($"{Path}/{story.Id}/corrections", new CorrectionRequest("correction", "The roof spans 240 metres, not 420."));
        var correctedPage = await reader.GetStringAsync(path);
        var unpublished = await client.PostAsync($"{Path}/{story.Id}/unpublish", null);
        var gone = await reader.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Contains("The roof spans 240 metres, not 420.", correctedPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, unpublished.StatusCode);
        Assert.Equal("unpublished", (await unpublished.Content.ReadFromJsonAsync<ArticleCreated>())!.Status);
        Assert.NotEqual(HttpStatusCode.OK, gone.StatusCode);
    }

    [Fact]
    public async Task A_contributor_may_not_publish_unpublish_correct_or_create_a_published_story()
    {
        var contributor = await ClientAsync(NewsroomRoles.Contributor);
        var (story, _) = await CreatedAsync(await contributor.PostAsJsonAsync(Path, await BodyAsync("Zoo welcomes twins")));

        var responses = new[]
        {
            await contributor.PostAsync($"{Path}/{story.Id}/publish", null),
            await contributor.PostAsync($"{Path}/{story.Id}/unpublish", null),
            await contributor.PostAsJsonAsync($"{Path}/{story.Id}/corrections", new CorrectionRequest("update", "More.")),
            await contributor.PostAsJsonAsync(Path, await BodyAsync("Zoo welcomes triplets", "published")),
        };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.All(responses, r => Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType));
    }

    [Fact]
    public async Task Without_a_token_every_endpoint_answers_401_problem_json()
    {
        var anonymous = NewsroomUsers.Client(factory);

        var responses = new[]
        {
            await anonymous.GetAsync(Path),
            await anonymous.GetAsync($"{Path}/1"),
            await anonymous.PostAsJsonAsync(Path, new { edition = "en" }),
            await anonymous.PostAsync($"{Path}/1/publish", null),
        };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.All(responses, r => Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType));
    }

    [Fact]
    public async Task Bad_fields_get_422_naming_each_one_and_create_nothing()
    {
        var client = await ClientAsync(NewsroomRoles.Editor);
        var before = await _content.CountArticlesAsync();

        var response = await client.PostAsJsonAsync(Path, new { edition = "xx", headline = "Nothing", status = "lost" });
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = json.RootElement.GetProperty("errors");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True(errors.TryGetProperty("edition", out _));
        Assert.True(errors.TryGetProperty("status", out _));
        Assert.Equal(before, await _content.CountArticlesAsync());
    }
}
