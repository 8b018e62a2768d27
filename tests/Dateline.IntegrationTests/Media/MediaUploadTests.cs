using System.Diagnostics;
using Dateline.Web.Features.Media;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Xmp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetVips;

namespace Dateline.IntegrationTests.Media;

public sealed class MediaUploadTests(MediaFactory factory) : IClassFixture<MediaFactory>
{
    private const string ArabicCaption = "صورة من الشارقة: افتتاح معرض الكتاب الدولي";

    [Fact]
    public async Task Caption_credit_source_copyright_creator_and_keywords_are_prefilled_from_xmp_and_iptc_with_arabic_intact()
    {
        var asset = await UploadAsync("agency-arabic-gps.jpg");

        Assert.Equal(ArabicCaption, asset.Caption);
        Assert.Equal("AFP", asset.Credit);
        Assert.Equal("Agence France-Presse", asset.Source);
        Assert.Equal("© 2026 AFP", asset.CopyrightNotice);
        Assert.Equal("Karim Sahib", asset.Creator);
        Assert.Equal(["Sharjah", "كتب", "Book fair"], asset.KeywordList);
        Assert.Equal(MediaLicence.Unknown, asset.Licence);
        Assert.False(asset.ReadersMayDownload);
    }

    [Fact]
    public async Task A_photo_with_only_iptc_iim_is_prefilled_from_it()
    {
        var asset = await UploadAsync("iptc-only-arabic.jpg");

        Assert.Equal(ArabicCaption, asset.Caption);
        Assert.Equal("AFP", asset.Credit);
        Assert.Equal("Karim Sahib", asset.Creator);
        Assert.Contains("كتب", asset.KeywordList);
    }

    [Fact]
    public async Task A_png_with_only_xmp_is_prefilled_from_it()
    {
        var asset = await UploadAsync("xmp-only.png");

        Assert.Equal("Dhow at Khor Fakkan", asset.Caption);
        Assert.Equal("Staff photographer", asset.Credit);
        Assert.Equal("Mariam Ali", asset.Creator);
        Assert.Equal("sea, boats", asset.Keywords);
        Assert.Equal("image/png", asset.ContentType);
    }

    [Fact]
    public async Task A_png_named_jpg_is_stored_as_the_png_it_is()
    {
        var asset = await UploadAsync("png-named.jpg");

        Assert.Equal("image/png", asset.ContentType);
        Assert.EndsWith(".png", asset.StorageKey, StringComparison.Ordinal);
        Assert.Equal("png-named.jpg", asset.OriginalFileName);
    }

    [Theory]
    [InlineData("html-named.jpg", "'html-named.jpg' is not a JPEG, PNG, WebP, AVIF or GIF image (judged by its content, not its name)")]
    [InlineData("truncated.jpg", "'truncated.jpg' is a damaged or truncated JPEG file")]
    [InlineData("pixel-bomb.png", "'pixel-bomb.png' is 20000×20000 pixels; images may have at most 100 megapixels.")]
    public async Task Unacceptable_files_are_refused_with_a_clear_422_error_and_nothing_is_stored(string fixture, string message)
    {
        var before = await StoredOriginalsAsync();
        var started = Stopwatch.GetTimestamp();

        var error = await Assert.ThrowsAsync<InvalidImageException>(() => UploadAsync(fixture));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(422, error.StatusCode);
        Assert.Equal(before, await StoredOriginalsAsync());
        // The bomb is refused from its header: decoding 400 megapixels would take far longer and a gigabyte or so.
        Assert.True(Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(5), $"took {Stopwatch.GetElapsedTime(started)}");
    }

    [Fact]
    public async Task A_file_over_the_configured_size_is_refused_as_too_large()
    {
        await using var host = new MediaFactory();
        host.Settings["Media:MaxUploadBytes"] = "10000";

        await using var scope = host.Services.CreateAsyncScope();
        var error = await Assert.ThrowsAsync<InvalidImageException>(() =>
            scope.ServiceProvider.GetRequiredService<MediaLibrary>().UploadAsync(new MemoryStream(MediaFactory.Fixture("agency-arabic-gps.jpg")), "big.jpg", null));

        Assert.Equal(413, error.StatusCode);
        Assert.Equal("'big.jpg' is larger than the 0 MB an image may be.", error.Message);
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<Dateline.Web.Infrastructure.Data.DatelineDbContext>().MediaAssets.CountAsync());
    }

    [Fact]
    public async Task A_gif_keeps_its_original_and_its_renditions_show_the_first_frame()
    {
        var asset = await UploadAsync("two-frames.gif");

        var stored = await factory.Storage.OpenReadAsync(asset.StorageKey);
        await using (stored!.Content)
        {
            var bytes = new byte[stored.Length];
            await stored.Content.ReadExactlyAsync(bytes);
            Assert.Equal(MediaFactory.Fixture("two-frames.gif"), bytes);
        }

        Assert.Equal((160, 100), (asset.Width, asset.Height));
        using var rendition = Image.NewFromBuffer(await factory.CreateClient().GetByteArrayAsync($"/media/{asset.Id}/320.jpg"));
        Assert.Equal(100, rendition.Height);
        Assert.True(rendition[0].Avg() > 180 && rendition[2].Avg() < 80, "the first (red) frame");
    }

    [Fact]
    public async Task Renditions_and_the_download_carry_no_gps_position_and_the_download_carries_credit_and_copyright()
    {
        var asset = await UploadAsync("agency-arabic-gps.jpg", allowDownload: true);
        var client = factory.CreateClient();

        foreach (var url in new[] { $"/media/{asset.Id}/320.jpg", $"/media/{asset.Id}/320.webp", MediaUrls.ShareImageUrl(asset.Id, 50, 50) })
        {
            var rendition = ImageMetadataReader.ReadMetadata(new MemoryStream(await client.GetByteArrayAsync(url)));
            Assert.Empty(rendition.OfType<GpsDirectory>());
            Assert.DoesNotContain(rendition.SelectMany(d => d.Tags), t => t.Description?.Contains("Sharjah", StringComparison.Ordinal) == true);
        }

        var download = await client.GetByteArrayAsync(MediaUrls.DownloadUrl(asset.Id, "book-fair"));
        var metadata = ImageMetadataReader.ReadMetadata(new MemoryStream(download));
        Assert.Empty(metadata.OfType<GpsDirectory>());
        var tags = metadata.SelectMany(d => d.Tags).Select(t => t.Description ?? "").ToList();
        Assert.DoesNotContain(tags, t => t.Contains("CAM-0042", StringComparison.Ordinal) || t.Contains("Expo Centre", StringComparison.Ordinal));
        var xmp = metadata.OfType<XmpDirectory>().Single().GetXmpProperties();
        Assert.Equal("AFP", xmp["photoshop:Credit"]);
        Assert.Equal("© 2026 AFP", xmp["dc:rights[1]"]);
        Assert.Equal("Karim Sahib", xmp["dc:creator[1]"]);
        Assert.DoesNotContain(xmp.Keys, k => k.StartsWith("exif:GPS", StringComparison.Ordinal));
        Assert.Equal("Karim Sahib", metadata.OfType<ExifIfd0Directory>().Single().GetString(ExifDirectoryBase.TagArtist));
    }

    [Fact]
    public async Task The_download_answers_404_unless_the_rights_allow_it_and_follows_a_change_of_mind()
    {
        var asset = await UploadAsync("plain.webp");
        var client = factory.CreateClient();
        var url = MediaUrls.DownloadUrl(asset.Id, "plain");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);

        await factory.SeedAsync((db, _) => db.MediaAssets.Where(m => m.Id == asset.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ReadersMayDownload, true)));
        var allowed = await client.GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal("image/webp", allowed.Content.Headers.ContentType?.MediaType);

        await factory.SeedAsync((db, _) => db.MediaAssets.Where(m => m.Id == asset.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ReadersMayDownload, false)));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Crops_follow_the_focal_point_and_other_focal_points_are_not_served()
    {
        // Left third red, the rest blue: a square crop around x = 10% is red, around x = 90% blue.
        using var red = (Image.Black(600, 600) + new double[] { 220, 20, 20 }).Cast(Enums.BandFormat.Uchar);
        using var blue = (Image.Black(1200, 600) + new double[] { 20, 20, 220 }).Cast(Enums.BandFormat.Uchar);
        using var picture = red.Join(blue, Enums.Direction.Horizontal).Copy(interpretation: Enums.Interpretation.Srgb);
        var asset = await factory.ImportAsync(picture.JpegsaveBuffer(), "split.jpg");
        var client = factory.CreateClient();

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync(MediaUrls.CropUrl(asset.Id, CropRatio.Square, 10, 50, 320, RenditionFormat.Jpeg))).StatusCode);

        await factory.SeedAsync((db, _) => db.MediaAssets.Where(m => m.Id == asset.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.FocalX, 10)));
        using var left = Image.NewFromBuffer(await client.GetByteArrayAsync(MediaUrls.CropUrl(asset.Id, CropRatio.Square, 10, 50, 320, RenditionFormat.Jpeg)));
        Assert.Equal((320, 320), (left.Width, left.Height));
        Assert.True(left.Crop(0, 0, 100, 320)[0].Avg() > 180, "the left of the square is the red third");

        await factory.SeedAsync((db, _) => db.MediaAssets.Where(m => m.Id == asset.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.FocalX, 90)));
        using var right = Image.NewFromBuffer(await client.GetByteArrayAsync(MediaUrls.CropUrl(asset.Id, CropRatio.Square, 90, 50, 320, RenditionFormat.Webp)));
        Assert.True(right[2].Avg() > 180, "the square around 90% is blue");

        using var wide = Image.NewFromBuffer(await client.GetByteArrayAsync(MediaUrls.ShareImageUrl(asset.Id, 90, 50)));
        Assert.Equal((1067, 600), (wide.Width, wide.Height));
        using var standard = Image.NewFromBuffer(await client.GetByteArrayAsync(MediaUrls.CropUrl(asset.Id, CropRatio.Standard, 90, 50, 640, RenditionFormat.Jpeg)));
        Assert.Equal((640, 480), (standard.Width, standard.Height));
    }

    private async Task<MediaAsset> UploadAsync(string fixture, bool allowDownload = false)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var asset = await scope.ServiceProvider.GetRequiredService<MediaLibrary>()
            .UploadAsync(new MemoryStream(MediaFactory.Fixture(fixture)), fixture, "tester");
        if (allowDownload)
        {
            await factory.SeedAsync((db, _) => db.MediaAssets.Where(m => m.Id == asset.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ReadersMayDownload, true)));
        }

        return asset;
    }

    private Task<int> StoredOriginalsAsync()
    {
        var folder = Path.Combine(factory.DataPath, "media", "originals");
        return Task.FromResult(System.IO.Directory.Exists(folder) ? System.IO.Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Length : 0);
    }
}
