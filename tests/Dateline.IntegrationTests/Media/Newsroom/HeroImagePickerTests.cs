using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.IntegrationTests.Newsroom.Desk;
using Dateline.Web.Features.Accounts;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Dateline.IntegrationTests.Newsroom.Desk.DeskForms;

namespace Dateline.IntegrationTests.Media.Newsroom;

/// <summary>The story editor's hero image field and the picker page, as a browser without JavaScript uses them.</summary>
public sealed class HeroImagePickerTests(MediaFactory factory) : IClassFixture<MediaFactory>
{
    private readonly TestContent _content = new(factory);

    [Fact]
    public async Task An_editor_saves_goes_to_the_picker_finds_a_photo_by_credit_and_publishes_it_as_hero_with_overrides()
    {
        var (client, path) = await DeskForms.DraftAsync(factory, _content, NewsroomRoles.Editor, "Dhow festival " + _content.Unique);
        var photo = await factory.ImportAsync(MediaFactory.Fixture("agency-arabic-gps.jpg"), "dhow.jpg");
        var other = await factory.ImportAsync(MediaFactory.Fixture("plain.webp"), "plain.webp");
        var storyId = path.Split('/')[^1];

        var editor = await GetAsync(client, path);
        var toPicker = await client.PostAsync(path, Post(editor, "pickhero", ("Form.Standfirst", "Kept on the way to the picker.")));
        Assert.Equal(HttpStatusCode.Redirect, toPicker.StatusCode);
        Assert.Equal($"/newsroom/media/pick/{storyId}", toPicker.Headers.Location?.OriginalString);

        var picker = await GetAsync(client, $"/newsroom/media/pick/{storyId}?q=afp");
        Assert.NotNull(picker.QuerySelector($"[data-testid=pick-{photo.Id}] img[src='/media/{photo.Id}/320.jpg']"));
        Assert.Null(picker.QuerySelector($"[data-testid=pick-{other.Id}]"));
        var choose = picker.QuerySelector($"[data-testid=pick-{photo.Id}] a")!.GetAttribute("href")!;
        Assert.Equal($"/newsroom/stories/{storyId}?hero={photo.Id}", choose);

        var chosen = await GetAsync(client, choose);
        Assert.Equal(photo.Id.ToString(), ((IHtmlInputElement)chosen.QuerySelector("[data-testid=hero-image-id]")!).Value);
        Assert.NotNull(chosen.QuerySelector("[data-testid=hero-pending]"));
        Assert.Equal("Kept on the way to the picker.", chosen.QuerySelector("[data-testid=standfirst]")!.TextContent);
        Assert.Contains("AFP", chosen.QuerySelector("#hero-credit-hint")!.TextContent, StringComparison.Ordinal);

        var published = await client.PostAsync(path, Post(chosen, "publish",
            ("Form.HeroCaption", "Dhows race off Khor Fakkan"), ("Form.HeroCredit", "AFP / Staff"), ("Form.HeroAltText", "Sails at sea")));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var after = await GetAsync(client, path);
        Assert.Null(after.QuerySelector("[data-testid=hero-pending]"));
        Assert.Equal("AFP / Staff", ((IHtmlInputElement)after.QuerySelector("[data-testid=hero-credit]")!).Value);
        var live = after.QuerySelector("[data-testid='view-live']")!.GetAttribute("href")!;
        var (response, article) = await HtmlPage.GetAsync(factory.CreateClient(), live);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Dhows race off Khor Fakkan", article.QuerySelector("[data-testid=caption]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("AFP / Staff", article.QuerySelector("[data-testid=caption] .story__credit")!.TextContent);
        var img = article.QuerySelector("[data-testid=hero-image] img")!;
        Assert.Equal("Sails at sea", img.GetAttribute("alt"));
        Assert.StartsWith($"/media/{photo.Id}/", img.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Empty(factory.Warnings);
    }

    [Fact]
    public async Task A_photo_uploaded_on_the_picker_page_comes_back_as_the_chosen_hero_with_its_embedded_credit()
    {
        var (client, path) = await DeskForms.DraftAsync(factory, _content, NewsroomRoles.Contributor, "Corniche works " + _content.Unique);
        var storyId = path.Split('/')[^1];

        var response = await UploadAsync(client, storyId, "iptc-only-arabic.jpg");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        var assetId = int.Parse(location.Split("hero=")[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"/newsroom/stories/{storyId}?hero={assetId}", location);
        var chosen = await GetAsync(client, location);
        Assert.Equal($"/media/{assetId}/320.jpg", chosen.QuerySelector("[data-testid=hero-preview]")!.GetAttribute("src"));

        var saved = await client.PostAsync(path, Post(chosen, "save"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var story = await scope.ServiceProvider.GetRequiredService<DatelineDbContext>().Stories.AsNoTracking()
            .SingleAsync(s => s.ArticleId == int.Parse(storyId, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(assetId, story.Fields.HeroImageId);
    }

    [Fact]
    public async Task Choosing_no_photo_clears_the_hero_and_its_overrides_once_saved()
    {
        var (client, path) = await DeskForms.DraftAsync(factory, _content, NewsroomRoles.Editor, "Library hours " + _content.Unique);
        var photo = await factory.ImportAsync(MediaFactory.Fixture("plain.webp"), "plain.webp");
        var storyId = path.Split('/')[^1];
        var chosen = await GetAsync(client, $"{path}?hero={photo.Id}");
        await client.PostAsync(path, Post(chosen, "save", ("Form.HeroCaption", "Reading room")));

        var none = await GetAsync(client, $"{path}?hero=0");
        Assert.Equal("", ((IHtmlInputElement)none.QuerySelector("[data-testid=hero-image-id]")!).Value);
        Assert.NotNull(none.QuerySelector("[data-testid=hero-none]"));
        Assert.Equal("", none.QuerySelector("[data-testid=hero-caption]")!.TextContent);
        await client.PostAsync(path, Post(none, "save"));

        var after = await GetAsync(client, path);
        Assert.NotNull(after.QuerySelector("[data-testid=hero-none]"));
        Assert.NotNull((await GetAsync(client, $"/newsroom/media/pick/{storyId}")).QuerySelector("[data-testid=picker-none]"));
    }

    [Fact]
    public async Task The_picker_refuses_a_file_that_is_not_an_image_with_422_and_an_unknown_story_is_404()
    {
        var (client, path) = await DeskForms.DraftAsync(factory, _content, NewsroomRoles.Contributor, "Bus depot " + _content.Unique);
        var storyId = path.Split('/')[^1];

        var refused = await UploadAsync(client, storyId, "html-named.jpg");
        var unknown = await client.GetAsync("/newsroom/media/pick/99999999");
        var anonymous = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync($"/newsroom/media/pick/{storyId}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await DocumentAsync(refused);
        Assert.StartsWith("'html-named.jpg' is not a JPEG", page.QuerySelector("[data-testid=upload-error]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string storyId, string fixture)
    {
        var token = await NewsroomUsers.AntiforgeryTokenAsync(client, $"/newsroom/media/pick/{storyId}");
        var file = new ByteArrayContent(MediaFactory.Fixture(fixture));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { file, "file", fixture } };
        return await client.PostAsync($"/newsroom/media/pick/{storyId}?handler=Upload", content);
    }
}
