using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Accounts;
using Dateline.Web.Features.Media.Api;

namespace Dateline.IntegrationTests.Media.Api;

/// <summary>The library's own SQL (the working-copy match, case-insensitive search) on PostgreSQL.</summary>
public sealed class NewsroomMediaApiPostgresTests(PostgresMediaFactory factory) : IClassFixture<PostgresMediaFactory>
{
    [SkippableFact]
    public async Task On_PostgreSQL_search_ignores_case_and_a_draft_using_an_image_blocks_its_deletion()
    {
        factory.RequireDatabase();
        var content = new TestContent(factory);
        var client = NewsroomUsers.Client(factory);
        client.DefaultRequestHeaders.Authorization = new("Bearer", await NewsroomUsers.ApiTokenAsync(factory, NewsroomRoles.Editor));
        var files = new MultipartFormDataContent();
        var file = new ByteArrayContent(MediaFactory.Fixture("plain.webp"));
        file.Headers.ContentType = new MediaTypeHeaderValue("image/webp");
        files.Add(file, "files", "plain.webp");
        var asset = (await (await client.PostAsync(NewsroomMediaApi.BasePath, files)).Content.ReadFromJsonAsync<MediaUploaded>())!.Items.Single();
        await client.PatchAsJsonAsync($"{NewsroomMediaApi.BasePath}/{asset.Id}", new { caption = "Falcon Show " + content.Unique });
        var section = await content.SectionAsync();
        var draft = await client.PostAsJsonAsync("/api/v1/newsroom/articles",
            new { edition = "en", headline = "Falcons " + content.Unique, bodyHtml = "<p>Soon.</p>", section = section.Slug, heroImageId = asset.Id });
        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);

        var found = await client.GetFromJsonAsync<MediaList>($"{NewsroomMediaApi.BasePath}?q=FALCON+{content.Unique}");
        var refused = await client.DeleteAsync($"{NewsroomMediaApi.BasePath}/{asset.Id}");

        Assert.Equal([asset.Id], found!.Items.Select(i => i.Id));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Single((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("usedIn").EnumerateArray());
    }
}
