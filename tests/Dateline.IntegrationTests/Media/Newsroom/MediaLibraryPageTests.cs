using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Accounts;
using Dateline.Web.Features.Media;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.Media.Newsroom;

/// <summary>The library pages as a browser without JavaScript uses them: plain forms with their antiforgery tokens.</summary>
public sealed class MediaLibraryPageTests(MediaFactory factory) : IClassFixture<MediaFactory>
{
    private readonly TestContent _content = new(factory);

    [Fact]
    public async Task Several_photos_posted_with_the_plain_form_are_stored_and_found_in_the_grid_by_search_and_filters()
    {
        var client = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Contributor);

        var response = await PostFilesAsync(client, "agency-arabic-gps.jpg", "xmp-only.png");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/newsroom/media?uploaded=2", response.Headers.Location?.OriginalString);
        var (photo, png) = await NewestTwoAsync();
        var page = await PageAsync(client, "/newsroom/media?uploaded=2");
        Assert.Contains("2 photo(s) uploaded.", page.QuerySelector("[data-testid=uploaded]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"[data-testid=asset-{photo.Id}] img[src='/media/{photo.Id}/320.jpg']"));

        var dhow = await PageAsync(client, "/newsroom/media?q=DHOW+fakkan");
        var afp = await PageAsync(client, $"/newsroom/media?q=afp&uploader=Test+Contributor&from={DateTime.UtcNow:yyyy-MM-dd}");
        var staff = await PageAsync(client, "/newsroom/media?q=dhow&licence=Staff");

        Assert.NotNull(dhow.QuerySelector($"[data-testid=asset-{png.Id}]"));
        Assert.Null(dhow.QuerySelector($"[data-testid=asset-{photo.Id}]"));
        Assert.NotNull(afp.QuerySelector($"[data-testid=asset-{photo.Id}]"));
        Assert.NotNull(staff.QuerySelector("[data-testid=no-assets]"));
        Assert.Empty(factory.Warnings);
    }

    [Fact]
    public async Task A_bad_file_in_the_plain_form_is_a_422_page_naming_it_and_nothing_is_stored()
    {
        var client = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Contributor);
        var before = await CountAsync();

        var response = await PostFilesAsync(client, "plain.webp", "html-named.jpg");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("'html-named.jpg' is not a JPEG", page.QuerySelector("[data-testid=upload-error]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task The_asset_page_saves_description_and_focal_point_without_script_and_its_crops_follow()
    {
        var editor = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Editor);
        var asset = await factory.ImportAsync(MediaFactory.Fixture("agency-arabic-gps.jpg"), "photo.jpg");
        var path = $"/newsroom/media/{asset.Id}";

        var response = await PostFormAsync(editor, path, "Save", new()
        {
            ["Form.Caption"] = "Visitors at the book fair",
            ["Form.Credit"] = "AFP",
            ["Form.AltText"] = "A crowd between bookshelves",
            ["Form.Keywords"] = "books, Sharjah",
            ["Form.FocalX"] = "25",
            ["Form.FocalY"] = "60",
            ["Form.Licence"] = "Agency",
            ["Form.ReadersMayDownload"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await PageAsync(editor, response.Headers.Location!.OriginalString);
        Assert.NotNull(page.QuerySelector("[data-testid=saved]"));
        Assert.Equal("25", ((IHtmlInputElement)page.QuerySelector("[data-testid=focal-x]")!).Value);
        Assert.Equal($"/media/{asset.Id}/16x9/25-60/1200.jpg", page.QuerySelector("[data-testid=crop-16x9]")!.GetAttribute("src"));
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync($"/media/{asset.Id}/1x1/25-60/1200.jpg")).StatusCode);
        var saved = await AssetAsync(asset.Id);
        Assert.Equal(("Visitors at the book fair", "A crowd between bookshelves", "books, Sharjah"), (saved.Caption, saved.AltText, saved.Keywords));
        Assert.Equal((MediaLicence.Agency, true), (saved.Licence, saved.ReadersMayDownload));

        var outOfRange = await PostFormAsync(editor, path, "Save", new() { ["Form.FocalX"] = "140", ["Form.FocalY"] = "10" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, outOfRange.StatusCode);
    }

    [Fact]
    public async Task A_contributor_edits_the_description_but_neither_sees_nor_changes_the_rights_nor_deletes()
    {
        var contributor = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Contributor);
        var asset = await factory.ImportAsync(MediaFactory.Fixture("plain.webp"), "plain.webp");
        var path = $"/newsroom/media/{asset.Id}";

        var page = await PageAsync(contributor, path);
        var saved = await PostFormAsync(contributor, path, "Save", new()
        {
            ["Form.Caption"] = "Corniche",
            ["Form.FocalX"] = "50",
            ["Form.FocalY"] = "50",
            ["Form.Licence"] = "Cc0",
            ["Form.ReadersMayDownload"] = "false",
        });
        var delete = await PostFormAsync(contributor, path, "Delete", []);

        Assert.Null(page.QuerySelector("[data-testid=licence]"));
        Assert.Null(page.QuerySelector("[data-testid=delete]"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await AssetAsync(asset.Id);
        Assert.Equal("Corniche", after.Caption);
        Assert.Equal((MediaLicence.Staff, true), (after.Licence, after.ReadersMayDownload));
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
    }

    [Fact]
    public async Task Deleting_a_photo_a_story_uses_is_refused_with_the_story_and_an_unused_one_goes()
    {
        var editor = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Editor);
        var used = await factory.ImportAsync(MediaFactory.Fixture("plain.webp"), "used.webp");
        var unused = await factory.ImportAsync(MediaFactory.Fixture("plain.webp"), "unused.webp");
        var article = await _content.ArticleAsync(await _content.SectionAsync(), "Ferry timetable " + _content.Unique);
        await factory.SeedAsync(async (db, _) =>
        {
            (await db.Articles.SingleAsync(a => a.Id == article.Id)).HeroImageId = used.Id;
            await db.SaveChangesAsync();
        });

        var usedPage = await PageAsync(editor, $"/newsroom/media/{used.Id}");
        var refused = await PostFormAsync(editor, $"/newsroom/media/{used.Id}", "Delete", []);
        var deleted = await PostFormAsync(editor, $"/newsroom/media/{unused.Id}", "Delete", []);

        Assert.Contains(article.Headline, usedPage.QuerySelector("[data-testid=used-in]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var page = await new HtmlParser().ParseDocumentAsync(await refused.Content.ReadAsStringAsync());
        Assert.Equal($"/newsroom/stories/{article.Id}", page.QuerySelector("[data-testid=delete-refused] a")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal($"/newsroom/media?deleted={unused.Id}", deleted.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/newsroom/media/{unused.Id}")).StatusCode);
    }

    [Fact]
    public async Task In_arabic_the_library_and_asset_pages_are_right_to_left_with_arabic_labels()
    {
        var client = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Editor, NewsroomLanguages.Arabic);
        var asset = await factory.ImportAsync(MediaFactory.Fixture("plain.webp"), "plain.webp");

        var library = await PageAsync(client, "/newsroom/media");
        var page = await PageAsync(client, $"/newsroom/media/{asset.Id}");

        Assert.Equal("rtl", library.DocumentElement.GetAttribute("dir"));
        Assert.Equal("مكتبة الصور", library.QuerySelector("h1")!.TextContent);
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        Assert.Contains("نقطة التركيز", page.QuerySelector("legend")!.TextContent, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> PostFilesAsync(HttpClient client, params string[] fixtures)
    {
        var token = await NewsroomUsers.AntiforgeryTokenAsync(client, "/newsroom/media");
        var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var name in fixtures)
        {
            var file = new ByteArrayContent(MediaFactory.Fixture(name));
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(file, "files", name);
        }

        return await client.PostAsync("/newsroom/media?handler=Upload", content);
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string handler, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await NewsroomUsers.AntiforgeryTokenAsync(client, "/newsroom/media");
        return await client.PostAsync($"{path}?handler={handler}", new FormUrlEncodedContent(fields));
    }

    private static async Task<IHtmlDocument> PageAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    private async Task<(MediaAsset First, MediaAsset Second)> NewestTwoAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var newest = await scope.ServiceProvider.GetRequiredService<DatelineDbContext>().MediaAssets.OrderByDescending(m => m.Id).Take(2).ToListAsync();
        return (newest[1], newest[0]);
    }

    private async Task<MediaAsset> AssetAsync(int id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DatelineDbContext>().MediaAssets.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    private async Task<int> CountAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DatelineDbContext>().MediaAssets.CountAsync();
    }
}
