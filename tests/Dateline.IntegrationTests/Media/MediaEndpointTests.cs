using System.Net;
using System.Net.Http.Headers;
using Dateline.Web.Features.Media;
using Microsoft.Extensions.DependencyInjection;
using NetVips;

namespace Dateline.IntegrationTests.Media;

public sealed class MediaEndpointTests(MediaFactory factory) : IClassFixture<MediaFactory>
{
    [Theory]
    [InlineData("webp", "image/webp", "webpload")]
    [InlineData("jpg", "image/jpeg", "jpegload")]
    [InlineData("avif", "image/avif", "heifload")]
    public async Task Each_format_returns_an_image_of_the_requested_width(string format, string contentType, string loader)
    {
        var asset = await factory.ImportAsync(MediaFactory.Jpeg(1600, 900), "harbour.jpg");
        var client = factory.CreateClient();

        var response = await client.GetAsync($"/media/{asset.Id}/640.{format}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
        using var image = Image.NewFromBuffer(bytes);
        Assert.Equal(640, image.Width);
        Assert.Equal(360, image.Height);
        Assert.StartsWith(loader, (string)image.Get("vips-loader"), StringComparison.Ordinal);
        Assert.Empty(factory.Warnings);
    }

    [Fact]
    public async Task Renditions_are_cached_for_a_year_and_revalidate_with_304()
    {
        var asset = await factory.ImportAsync(MediaFactory.Jpeg(800, 600), "cache.jpg");
        var client = factory.CreateClient();
        var url = MediaUrls.RenditionUrl(asset.Id, 480, RenditionFormat.Webp);

        var first = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", first.Headers.CacheControl?.ToString());
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.NotNull(first.Content.Headers.LastModified);

        using var byTag = new HttpRequestMessage(HttpMethod.Get, url);
        byTag.Headers.IfNoneMatch.Add(etag);
        var notModified = await client.SendAsync(byTag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, notModified.Headers.ETag);

        using var byDate = new HttpRequestMessage(HttpMethod.Get, url);
        byDate.Headers.IfModifiedSince = first.Content.Headers.LastModified;
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(byDate)).StatusCode);

        using var stale = new HttpRequestMessage(HttpMethod.Get, url);
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(stale)).StatusCode);
    }

    [Fact]
    public async Task Head_returns_the_headers_without_a_body()
    {
        var asset = await factory.ImportAsync(MediaFactory.Jpeg(700, 400), "head.jpg");
        var client = factory.CreateClient();
        var url = MediaUrls.RenditionUrl(asset.Id, 320, RenditionFormat.Jpeg);

        using var head = new HttpRequestMessage(HttpMethod.Head, url);
        var response = await client.SendAsync(head);
        var get = await client.GetByteArrayAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(get.Length, response.Content.Headers.ContentLength);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData(700)]
    [InlineData(0)]
    [InlineData(5000)]
    public async Task A_width_that_is_not_configured_is_not_found_with_the_widths_on_offer(int width)
    {
        var asset = await factory.ImportAsync(MediaFactory.Jpeg(800, 600), "widths.jpg");

        var response = await factory.CreateClient().GetAsync($"/media/{asset.Id}/{width}.webp");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("320, 480, 640, 800, 1024, 1280, 1600", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/media/987654/640.webp", "no media asset 987654")]
    [InlineData("/media/987654/download/story", "no media asset 987654")]
    public async Task An_unknown_asset_is_not_found(string url, string message)
    {
        var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_format_is_not_found()
    {
        var asset = await factory.ImportAsync(MediaFactory.Jpeg(800, 600), "format.jpg");

        var response = await factory.CreateClient().GetAsync($"/media/{asset.Id}/640.png");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("webp, jpg or avif", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Widths_above_the_original_are_served_at_the_original_size_from_one_stored_file()
    {
        var asset = await factory.ImportAsync(MediaFactory.Jpeg(1000, 500), "small.jpg");
        var client = factory.CreateClient();

        var at1280 = await client.GetByteArrayAsync($"/media/{asset.Id}/1280.jpg");
        var at1600 = await client.GetByteArrayAsync($"/media/{asset.Id}/1600.jpg");

        using var image = Image.NewFromBuffer(at1600);
        Assert.Equal(1000, image.Width);
        Assert.Equal(at1280, at1600);
        Assert.True(await factory.Storage.ExistsAsync($"renditions/{asset.Id}/1000.jpg"));
        Assert.False(await factory.Storage.ExistsAsync($"renditions/{asset.Id}/1600.jpg"));
    }

    [Fact]
    public async Task Eight_concurrent_first_requests_make_the_rendition_once()
    {
        var asset = await factory.ImportAsync(MediaFactory.Jpeg(1200, 800), "busy.jpg");
        var client = factory.CreateClient();
        // AVIF is never made ahead of time, so all eight requests find it missing.
        var url = MediaUrls.RenditionUrl(asset.Id, 1024, RenditionFormat.Avif);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.GetAsync(url)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsByteArrayAsync()));
        Assert.All(bodies, b => Assert.Equal(bodies[0], b));
        Assert.Equal(1, factory.Storage.WritesTo($"renditions/{asset.Id}/1024.avif"));
    }

    [Fact]
    public async Task Download_sends_a_full_size_copy_as_an_attachment_named_after_the_slug()
    {
        var original = MediaFactory.Jpeg(640, 480);
        var asset = await factory.ImportAsync(original, "DSC_0042.JPG");
        var client = factory.CreateClient();

        var response = await client.GetAsync(MediaUrls.DownloadUrl(asset.Id, "الشارقة-تحتفل-باليوم-الوطني"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using (var copy = Image.NewFromBuffer(await response.Content.ReadAsByteArrayAsync()))
        {
            Assert.Equal((640, 480), (copy.Width, copy.Height));
        }

        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.NotNull(disposition);
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("image.jpg", disposition.FileName);
        Assert.Equal("الشارقة-تحتفل-باليوم-الوطني.jpg", disposition.FileNameStar);
        Assert.Equal("public, no-cache", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Download_names_from_english_slugs_keep_an_ascii_filename()
    {
        var asset = await factory.ImportAsync(MediaFactory.Jpeg(320, 240), "x.jpg");

        var response = await factory.CreateClient().GetAsync(MediaUrls.DownloadUrl(asset.Id, "Ruler \"opens\" new park"));

        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("Ruler-opens-new-park.jpg", disposition.FileName);
        Assert.Equal("Ruler-opens-new-park.jpg", disposition.FileNameStar);
    }

    [Fact]
    public async Task Importing_a_file_that_is_not_an_image_throws_a_clear_error()
    {
        var error = await Assert.ThrowsAsync<InvalidImageException>(() =>
            factory.SeedAsync(async (_, sp) =>
                await sp.GetRequiredService<MediaLibrary>().ImportAsync(new MemoryStream("%PDF-1.7 not a picture"u8.ToArray()), "report.pdf")));

        Assert.Equal("'report.pdf' is not a JPEG, PNG, WebP, AVIF or GIF image (judged by its content, not its name); use JPEG, PNG, WebP, AVIF or GIF.", error.Message);
    }

    [Fact]
    public async Task Importing_records_the_upright_size_of_a_rotated_photo()
    {
        using var sideways = Image.NewFromBuffer(MediaFactory.Jpeg(600, 400));
        using var tagged = sideways.Mutate(m => m.Set(GValue.GIntType, "orientation", 6));
        var asset = await factory.ImportAsync(tagged.JpegsaveBuffer(), "phone.jpg");

        using var rendition = Image.NewFromBuffer(await factory.CreateClient().GetByteArrayAsync($"/media/{asset.Id}/320.jpg"));

        Assert.Equal((400, 600), (asset.Width, asset.Height));
        Assert.Equal(320, rendition.Width);
        Assert.Equal(480, rendition.Height);
    }
}
