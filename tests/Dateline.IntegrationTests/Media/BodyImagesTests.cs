using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.IntegrationTests.Newsroom.Desk;
using Dateline.Web.Features.Accounts;
using Dateline.Web.Features.Media;
using Microsoft.Extensions.DependencyInjection;
using static Dateline.IntegrationTests.Newsroom.Desk.DeskForms;

namespace Dateline.IntegrationTests.Media;

/// <summary>
/// Inline photos and galleries in a story body, written as the editor writes them and posted through the editor's form:
/// how readers get them (renditions, credits, the gallery list) and how they count as uses of the photos.
/// </summary>
public sealed class BodyImagesTests(MediaFactory factory) : IClassFixture<MediaFactory>
{
    private readonly TestContent _content = new(factory);

    [Fact]
    public async Task A_published_inline_photo_and_gallery_reach_readers_as_renditions_with_captions_credits_and_a_scrollable_list()
    {
        var inline = await factory.ImportAsync(MediaFactory.Fixture("agency-arabic-gps.jpg"), "inline.jpg");
        var photos = new[]
        {
            await factory.ImportAsync(MediaFactory.Jpeg(1200, 800), "one.jpg"),
            await factory.ImportAsync(MediaFactory.Fixture("plain.webp"), "two.webp"),
            await factory.ImportAsync(MediaFactory.Jpeg(900, 600), "three.jpg"),
        };
        var body = "<p dir=\"auto\">The regatta began at dawn.</p>" + Figure(inline.Id, "Boats leave the harbour") +
            Gallery(photos.Select((p, i) => (p.Id, $"Photo {i + 1} of the race")).ToArray()) + "<p dir=\"auto\">It ended at noon.</p>";

        var (client, path) = await DeskForms.DraftAsync(factory, _content, NewsroomRoles.Editor, "Regatta " + _content.Unique, body);
        var published = await client.PostAsync(path, Post(await GetAsync(client, path), "publish"));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var live = (await GetAsync(client, path)).QuerySelector("[data-testid='view-live']")!.GetAttribute("href")!;
        var (response, page) = await HtmlPage.GetAsync(factory.CreateClient(), live);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var article = page.QuerySelector("[data-testid=article-body]")!;
        Assert.Null(article.QuerySelector("[data-media-id]"));
        Assert.StartsWith("<p dir=\"auto\">The regatta", article.InnerHtml.Trim(), StringComparison.Ordinal);

        var figure = article.QuerySelector("figure.body-figure")!;
        var webp = figure.QuerySelector("picture source[type='image/webp']")!.GetAttribute("srcset")!;
        Assert.Contains($"/media/{inline.Id}/320.webp 320w", webp, StringComparison.Ordinal);
        var img = (IHtmlImageElement)figure.QuerySelector("picture img")!;
        Assert.Equal(("lazy", inline.Width, inline.Height), (img.GetAttribute("loading"), img.DisplayWidth, img.DisplayHeight));
        Assert.StartsWith($"/media/{inline.Id}/", img.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Equal("Test image", img.AlternativeText);
        Assert.Equal("Boats leave the harbour" + inline.Credit, figure.QuerySelector("figcaption")!.TextContent);
        Assert.Equal(inline.Credit, figure.QuerySelector("figcaption .story__credit")!.TextContent);

        var gallery = article.QuerySelector("figure.gallery")!;
        Assert.Equal(("Previous photo", "Next photo", "{0} / {1}"), (gallery.GetAttribute("data-previous"), gallery.GetAttribute("data-next"), gallery.GetAttribute("data-count")));
        var track = gallery.QuerySelector("ol.gallery__track")!;
        Assert.Equal(("0", "Photo gallery, 3 photos"), (track.GetAttribute("tabindex"), track.GetAttribute("aria-label")));
        var slides = track.QuerySelectorAll("li.gallery__slide").ToList();
        Assert.Equal(["gallery-1-1", "gallery-1-2", "gallery-1-3"], slides.Select(s => s.Id));
        Assert.Equal(photos.Select(p => p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), slides.Select(s => s.QuerySelector("img")!.GetAttribute("src")!.Split('/')[2]));
        Assert.All(slides, s => Assert.Equal("lazy", s.QuerySelector("img.gallery__image")!.GetAttribute("loading")));
        Assert.Equal("Photo 2 of the race", slides[1].QuerySelector("figcaption")!.TextContent);
        Assert.Equal("The race", gallery.QuerySelector("figcaption.gallery__caption")!.TextContent);
        Assert.Empty(factory.Warnings);
    }

    [Fact]
    public async Task A_gallery_in_the_arabic_edition_is_labelled_in_arabic_and_a_photo_that_no_longer_exists_is_left_out()
    {
        var photo = await factory.ImportAsync(MediaFactory.Fixture("plain.webp"), "plain.webp");
        var html = Gallery((photo.Id, "قارب"), (99999999, "missing")) + Figure(99999998, "gone");

        await using var scope = factory.Services.CreateAsyncScope();
        var rendered = await scope.ServiceProvider.GetRequiredService<BodyImages>().RenderAsync(html, "ar");
        var body = new HtmlParser().ParseDocument("<body>" + rendered).Body!;

        Assert.Equal("معرض صور، عدد الصور: 1", body.QuerySelector("ol.gallery__track")!.GetAttribute("aria-label"));
        Assert.Single(body.QuerySelectorAll("li.gallery__slide"));
        Assert.Null(body.QuerySelector("figure.body-figure"));
    }

    [Fact]
    public async Task A_photo_used_only_inline_in_a_draft_or_in_a_published_gallery_cannot_be_deleted_and_lists_the_story()
    {
        var editor = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Editor);
        var inDraft = await factory.ImportAsync(MediaFactory.Fixture("plain.webp"), "draft.webp");
        var inGallery = await factory.ImportAsync(MediaFactory.Fixture("plain.webp"), "gallery.webp");
        var other = await factory.ImportAsync(MediaFactory.Fixture("plain.webp"), "other.webp");
        var draftHeadline = "Draft with a photo " + _content.Unique;
        var galleryHeadline = "Published gallery " + _content.Unique;
        var (_, draftPath) = await DeskForms.DraftAsync(factory, _content, NewsroomRoles.Contributor, draftHeadline, Figure(inDraft.Id, "Inline"));
        var (client, galleryPath) = await DeskForms.DraftAsync(factory, _content, NewsroomRoles.Editor, galleryHeadline, Gallery((inGallery.Id, "One"), (other.Id, "Two")));
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync(galleryPath, Post(await GetAsync(client, galleryPath), "publish"))).StatusCode);

        var draftRefused = await DeleteAsync(editor, inDraft.Id);
        var galleryRefused = await DeleteAsync(editor, inGallery.Id);
        var usedIn = await GetAsync(editor, $"/newsroom/media/{inGallery.Id}");

        Assert.Equal(HttpStatusCode.Conflict, draftRefused.StatusCode);
        Assert.Equal(draftPath, (await DocumentAsync(draftRefused)).QuerySelector("[data-testid=delete-refused] a")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.Conflict, galleryRefused.StatusCode);
        Assert.Contains(galleryHeadline, (await DocumentAsync(galleryRefused)).QuerySelector("[data-testid=delete-refused]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(galleryHeadline, usedIn.QuerySelector("[data-testid=used-in]")!.TextContent, StringComparison.Ordinal);
    }

    private static string Figure(int id, string caption) =>
        $"<figure><img src=\"/media/{id}/1024.jpg\" alt=\"\" data-media-id=\"{id}\"><figcaption dir=\"auto\">{caption}</figcaption></figure>";

    private static string Gallery(params (int Id, string Caption)[] photos) =>
        "<figure data-gallery=\"\">" + string.Concat(photos.Select(p => Figure(p.Id, p.Caption))) + "<figcaption dir=\"auto\">The race</figcaption></figure>";

    private static async Task<HttpResponseMessage> DeleteAsync(HttpClient client, int id)
    {
        var token = await NewsroomUsers.AntiforgeryTokenAsync(client, "/newsroom/media");
        return await client.PostAsync($"/newsroom/media/{id}?handler=Delete", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
    }
}
