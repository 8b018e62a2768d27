using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Accounts;
using Dateline.Web.Features.Media.Api;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.Media.Api;

/// <summary>The media management API over HTTP with real tokens and cookies, the committed fixtures and the real storage.</summary>
public sealed class NewsroomMediaApiTests(MediaFactory factory) : IClassFixture<MediaFactory>
{
    private const string Path = NewsroomMediaApi.BasePath;
    private const string ArabicCaption = "صورة من الشارقة: افتتاح معرض الكتاب الدولي";
    private readonly TestContent _content = new(factory);

    [Fact]
    public async Task Several_files_in_one_upload_answer_201_with_each_asset_its_prefilled_metadata_and_working_rendition_addresses()
    {
        var client = await TokenClientAsync(NewsroomRoles.Contributor);

        var response = await client.PostAsync(Path, Files("agency-arabic-gps.jpg", "xmp-only.png"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var uploaded = (await response.Content.ReadFromJsonAsync<MediaUploaded>())!;
        Assert.Equal(2, uploaded.Items.Count);
        var photo = uploaded.Items[0];
        Assert.Equal(ArabicCaption, photo.Caption);
        Assert.Equal("AFP", photo.Credit);
        Assert.Equal(["Sharjah", "كتب", "Book fair"], photo.Keywords);
        Assert.Equal("Test Contributor", photo.UploadedBy);
        Assert.Equal("unknown", photo.Licence);
        Assert.Null(photo.Download);
        Assert.Equal((480, 320), (photo.Width, photo.Height));
        Assert.Equal([320, 480], photo.Renditions.Select(r => r.Width));
        Assert.Equal(["16x9", "4x3", "1x1"], photo.Crops.Keys);
        Assert.Equal("image/png", uploaded.Items[1].ContentType);
        Assert.Equal("Dhow at Khor Fakkan", uploaded.Items[1].Caption);

        var webp = await client.GetAsync(photo.Renditions[0].Webp);
        Assert.Equal(HttpStatusCode.OK, webp.StatusCode);
        Assert.Equal("image/webp", webp.Content.Headers.ContentType?.MediaType);
        var crop = await client.GetAsync(photo.Crops["1x1"]);
        Assert.Equal(HttpStatusCode.OK, crop.StatusCode);
        Assert.Empty(factory.Warnings);
    }

    [Fact]
    public async Task A_single_upload_answers_with_its_address_and_a_png_named_jpg_is_kept_as_a_png()
    {
        var client = await TokenClientAsync(NewsroomRoles.Editor);

        var response = await client.PostAsync(Path, Files("png-named.jpg"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var asset = (await response.Content.ReadFromJsonAsync<MediaUploaded>())!.Items.Single();
        Assert.Equal($"{Path}/{asset.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal("image/png", asset.ContentType);
        Assert.Equal("png-named.jpg", asset.FileName);
    }

    [Theory]
    [InlineData("html-named.jpg", "'html-named.jpg' is not a JPEG, PNG, WebP, AVIF or GIF image (judged by its content, not its name)")]
    [InlineData("truncated.jpg", "'truncated.jpg' is a damaged or truncated JPEG file")]
    [InlineData("pixel-bomb.png", "'pixel-bomb.png' is 20000×20000 pixels; images may have at most 100 megapixels.")]
    public async Task A_bad_file_among_good_ones_is_a_422_problem_naming_it_and_nothing_of_the_upload_is_kept(string bad, string message)
    {
        var client = await TokenClientAsync(NewsroomRoles.Contributor);
        var (rows, files) = await StoredAsync();

        var response = await client.PostAsync(Path, Files("plain.webp", bad, "xmp-only.png"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await ProblemAsync(response);
        Assert.StartsWith(message, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal((rows, files), await StoredAsync());
    }

    [Fact]
    public async Task An_upload_without_a_file_or_not_multipart_is_refused_with_a_problem()
    {
        var client = await TokenClientAsync(NewsroomRoles.Contributor);

        var empty = new MultipartFormDataContent { { new StringContent("just text"), "note" } };
        var noFile = await client.PostAsync(Path, empty);
        var json = await client.PostAsJsonAsync(Path, new { file = "x" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, noFile.StatusCode);
        Assert.Contains("no file", (await ProblemAsync(noFile)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_413_and_a_body_declared_over_the_request_limit_is_refused_before_it_is_read()
    {
        await using var host = new MediaFactory();
        host.Settings["Media:MaxUploadBytes"] = "10000";
        host.Settings["Media:MaxUploadRequestBytes"] = "1000000";
        var client = NewsroomUsers.Client(host);
        client.DefaultRequestHeaders.Authorization = new("Bearer", await NewsroomUsers.ApiTokenAsync(host, NewsroomRoles.Contributor));

        var big = await client.PostAsync(Path, Files("agency-arabic-gps.jpg"));
        var body = new EndlessContent(50_000_000);
        var huge = await client.PostAsync(Path, body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big.StatusCode);
        Assert.Contains("'agency-arabic-gps.jpg' is larger than", (await ProblemAsync(big)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Equal("application/problem+json", huge.Content.Headers.ContentType?.MediaType);
        Assert.True(body.Sent < 1_000_000, $"{body.Sent} bytes were read");
        await using var scope = host.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<DatelineDbContext>().MediaAssets.CountAsync());
    }

    [Fact]
    public async Task With_the_newsroom_cookie_an_upload_needs_the_antiforgery_token_in_a_header()
    {
        var client = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Contributor);
        var token = await NewsroomUsers.AntiforgeryTokenAsync(client, "/newsroom/preferences");

        var without = await client.PostAsync(Path, Files("plain.webp"));
        var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = Files("plain.webp") };
        request.Headers.Add(NewsroomMediaApi.AntiforgeryHeader, token);
        var with = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, without.StatusCode);
        Assert.Equal(HttpStatusCode.Created, with.StatusCode);
    }

    [Fact]
    public async Task The_list_searches_caption_credit_and_keywords_and_filters_by_licence_uploader_and_date()
    {
        var editor = await TokenClientAsync(NewsroomRoles.Editor);
        var word = "w" + _content.Unique;
        var first = await UploadAsync(editor, "plain.webp");
        var second = await UploadAsync(editor, "plain.webp");
        var third = await UploadAsync(editor, "plain.webp");
        await PatchAsync(editor, first.Id, new { caption = $"Harbour at dawn {word}" });
        await PatchAsync(editor, second.Id, new { credit = $"{word} Photo", licence = "cc-by" });
        await PatchAsync(editor, third.Id, new { keywords = new[] { "boats", word } });

        var all = await editor.GetFromJsonAsync<MediaList>($"{Path}?q={word.ToUpperInvariant()}");
        var ccBy = await editor.GetFromJsonAsync<MediaList>($"{Path}?q={word}&licence=ccBy");
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var dated = await editor.GetFromJsonAsync<MediaList>($"{Path}?q={word}&from={today}&to={today}&uploader=Test%20Editor");
        var tomorrow = await editor.GetFromJsonAsync<MediaList>($"{Path}?q={word}&from={DateTime.UtcNow.AddDays(1):yyyy-MM-dd}");
        var harbour = await editor.GetFromJsonAsync<MediaList>($"{Path}?q=harbour+{word}");
        var badDate = await editor.GetAsync($"{Path}?from=yesterday&licence=mine");

        Assert.Equal([third.Id, second.Id, first.Id], all!.Items.Select(i => i.Id));
        Assert.Equal([second.Id], ccBy!.Items.Select(i => i.Id));
        Assert.Equal(3, dated!.Items.Count);
        Assert.Empty(tomorrow!.Items);
        Assert.Equal([first.Id], harbour!.Items.Select(i => i.Id));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badDate.StatusCode);
        var errors = (await ProblemAsync(badDate)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("from", out _));
        Assert.True(errors.TryGetProperty("licence", out _));
    }

    [Fact]
    public async Task Pages_follow_each_other_through_next_without_repeating_an_asset()
    {
        var editor = await TokenClientAsync(NewsroomRoles.Editor);
        var word = "p" + _content.Unique;
        var ids = new List<int>();
        for (var i = 0; i < NewsroomMediaApi.PageSize + 2; i++)
        {
            ids.Add((await UploadAsync(editor, "plain.webp")).Id);
        }

        foreach (var id in ids)
        {
            await PatchAsync(editor, id, new { keywords = new[] { word } });
        }

        var first = (await editor.GetFromJsonAsync<MediaList>($"{Path}?q={word}"))!;
        var second = (await editor.GetFromJsonAsync<MediaList>($"{Path}?q={word}&before={first.Next}"))!;

        Assert.Equal(NewsroomMediaApi.PageSize, first.Items.Count);
        Assert.Equal(2, second.Items.Count);
        Assert.Null(second.Next);
        Assert.Equal(ids.AsEnumerable().Reverse(), first.Items.Concat(second.Items).Select(i => i.Id));
    }

    [Fact]
    public async Task An_editor_edits_description_rights_and_focal_point_and_a_contributor_may_not_change_rights()
    {
        var contributor = await TokenClientAsync(NewsroomRoles.Contributor);
        var editor = await TokenClientAsync(NewsroomRoles.Editor);
        var asset = await UploadAsync(contributor, "agency-arabic-gps.jpg");

        var described = await contributor.PatchAsJsonAsync($"{Path}/{asset.Id}", new { altText = "Visitors at the book fair", focalX = 20, focalY = 70, credit = "" });
        var rights = await contributor.PatchAsJsonAsync($"{Path}/{asset.Id}", new { readersMayDownload = true });
        var granted = await editor.PatchAsJsonAsync($"{Path}/{asset.Id}", new { licence = "Agency", readersMayDownload = true });
        var outOfRange = await editor.PatchAsJsonAsync($"{Path}/{asset.Id}", new { focalX = 150 });
        var unknownField = await editor.PatchAsJsonAsync($"{Path}/{asset.Id}", new { colour = "red" });
        var missing = await editor.PatchAsJsonAsync($"{Path}/999999", new { caption = "x" });

        Assert.Equal(HttpStatusCode.OK, described.StatusCode);
        var after = (await described.Content.ReadFromJsonAsync<MediaAssetResponse>())!;
        Assert.Equal("Visitors at the book fair", after.AltText);
        Assert.Null(after.Credit);
        Assert.Equal(ArabicCaption, after.Caption);
        Assert.EndsWith($"/media/{asset.Id}/16x9/20-70/1200.jpg", after.Crops["16x9"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(after.Crops["16x9"])).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, rights.StatusCode);
        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
        var open = (await granted.Content.ReadFromJsonAsync<MediaAssetResponse>())!;
        Assert.Equal("agency", open.Licence);
        Assert.NotNull(open.Download);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(open.Download)).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, outOfRange.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknownField.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Deleting_an_image_a_story_uses_is_refused_with_the_stories_and_an_unused_one_is_deleted_with_its_files()
    {
        var editor = await TokenClientAsync(NewsroomRoles.Editor);
        var used = await UploadAsync(editor, "agency-arabic-gps.jpg");
        var unused = await UploadAsync(editor, "plain.webp");
        var section = await _content.SectionAsync();
        var headline = "Book fair opens " + _content.Unique;
        var story = await editor.PostAsJsonAsync("/api/v1/newsroom/articles",
            new { edition = "en", headline, bodyHtml = "<p>Doors open.</p>", section = section.Slug, heroImageId = used.Id, status = "published" });
        Assert.Equal(HttpStatusCode.Created, story.StatusCode);
        var storyId = (await story.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(unused.Renditions[0].Jpeg)).StatusCode);

        var contributorDelete = await (await TokenClientAsync(NewsroomRoles.Contributor)).DeleteAsync($"{Path}/{unused.Id}");
        var refused = await editor.DeleteAsync($"{Path}/{used.Id}");
        var detail = await editor.GetFromJsonAsync<MediaDetail>($"{Path}/{used.Id}");
        var deleted = await editor.DeleteAsync($"{Path}/{unused.Id}");

        Assert.Equal(HttpStatusCode.Forbidden, contributorDelete.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await ProblemAsync(refused);
        Assert.Contains(headline, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var use = problem.GetProperty("usedIn").EnumerateArray().Single();
        Assert.Equal(storyId, use.GetProperty("articleId").GetInt32());
        Assert.True(use.GetProperty("live").GetBoolean());
        Assert.Equal(storyId, detail!.UsedIn.Single().ArticleId);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"{Path}/{unused.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync(unused.Renditions[0].Jpeg)).StatusCode);
        Assert.False(Directory.Exists(System.IO.Path.Combine(factory.DataPath, "media", "renditions", unused.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync($"{Path}/{used.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_draft_working_copy_counts_as_a_use()
    {
        var editor = await TokenClientAsync(NewsroomRoles.Editor);
        var asset = await UploadAsync(editor, "plain.webp");
        var section = await _content.SectionAsync();
        var draft = await editor.PostAsJsonAsync("/api/v1/newsroom/articles",
            new { edition = "en", headline = "Draft " + _content.Unique, bodyHtml = "<p>Soon.</p>", section = section.Slug, heroImageId = asset.Id });
        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);

        var refused = await editor.DeleteAsync($"{Path}/{asset.Id}");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.False((await ProblemAsync(refused)).GetProperty("usedIn")[0].GetProperty("live").GetBoolean());
    }

    private async Task<HttpClient> TokenClientAsync(string role)
    {
        var client = NewsroomUsers.Client(factory);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await NewsroomUsers.ApiTokenAsync(factory, role));
        return client;
    }

    private static async Task<MediaAssetResponse> UploadAsync(HttpClient client, string fixture)
    {
        var response = await client.PostAsync(Path, Files(fixture));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<MediaUploaded>())!.Items.Single();
    }

    private static async Task PatchAsync(HttpClient client, int id, object body)
    {
        var response = await client.PatchAsJsonAsync($"{Path}/{id}", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static MultipartFormDataContent Files(params string[] fixtures)
    {
        var content = new MultipartFormDataContent();
        foreach (var name in fixtures)
        {
            var file = new ByteArrayContent(MediaFactory.Fixture(name));
            // The declared type is deliberately wrong: only the bytes decide.
            file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
            content.Add(file, "files", name);
        }

        return content;
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    private async Task<(int Rows, int Files)> StoredAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<DatelineDbContext>().MediaAssets.CountAsync();
        var originals = System.IO.Path.Combine(factory.DataPath, "media", "originals");
        var files = Directory.Exists(originals) ? Directory.GetFiles(originals, "*", SearchOption.AllDirectories).Length : 0;
        return (rows, files);
    }

    /// <summary>A multipart body declaring a length it never finishes sending; counts what the server pulled.</summary>
    private sealed class EndlessContent : HttpContent
    {
        private readonly long _declared;

        public EndlessContent(long declared)
        {
            _declared = declared;
            Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=endless");
        }

        public long Sent { get; private set; }

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            var chunk = new byte[64 * 1024];
            while (Sent < _declared)
            {
                await stream.WriteAsync(chunk);
                Sent += chunk.Length;
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _declared;
            return true;
        }
    }
}
