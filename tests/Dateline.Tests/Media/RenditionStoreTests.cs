using Dateline.Web.Features.Media;
using NetVips;

namespace Dateline.Tests.Media;

public sealed class RenditionStoreTests
{
    [Fact]
    public void A_portrait_original_is_scaled_by_width_not_by_its_longer_side()
    {
        var original = Encode(Image.Black(900, 1600, bands: 3) + 128, i => i.JpegsaveBuffer());

        using var rendition = Image.NewFromBuffer(RenditionStore.Render(original, 320, RenditionFormat.Webp));

        Assert.Equal(320, rendition.Width);
        Assert.InRange(rendition.Height, 568, 570);
    }

    [Fact]
    public void An_original_is_never_scaled_up()
    {
        var original = Encode(Image.Black(500, 300, bands: 3), i => i.PngsaveBuffer());

        using var rendition = Image.NewFromBuffer(RenditionStore.Render(original, 1600, RenditionFormat.Jpeg));

        Assert.Equal(500, rendition.Width);
    }

    [Fact]
    public void Transparent_originals_are_flattened_onto_white_for_jpeg_and_keep_alpha_for_webp()
    {
        // Fully transparent black: it must come out white in JPEG, not black.
        var original = Encode(Image.Black(400, 400, bands: 4), i => i.PngsaveBuffer());

        using var jpeg = Image.NewFromBuffer(RenditionStore.Render(original, 320, RenditionFormat.Jpeg));
        using var webp = Image.NewFromBuffer(RenditionStore.Render(original, 320, RenditionFormat.Webp));

        Assert.Equal(3, jpeg.Bands);
        Assert.True(jpeg.Avg() > 250);
        Assert.True(webp.HasAlpha());
    }

    [Fact]
    public void Renditions_are_srgb_without_metadata()
    {
        using var source = (Image.Black(800, 600, bands: 3) + new[] { 200.0, 60, 30 }).Cast(Enums.BandFormat.Uchar);
        using var tagged = source.Mutate(m =>
        {
            m.Set(GValue.GStrType, "exif-ifd0-Copyright", "Dateline test");
            m.Set(GValue.GStrType, "exif-ifd0-Artist", "A photographer");
        });
        using var p3 = tagged.IccTransform("p3", inputProfile: "srgb", embedded: false);
        var original = p3.JpegsaveBuffer(q: 90);
        using (var check = Image.NewFromBuffer(original))
        {
            Assert.Contains("icc-profile-data", check.GetFields());
            Assert.Contains(check.GetFields(), f => f.StartsWith("exif", StringComparison.Ordinal));
        }

        using var rendition = Image.NewFromBuffer(RenditionStore.Render(original, 640, RenditionFormat.Jpeg));

        Assert.Equal(Enums.Interpretation.Srgb, rendition.Interpretation);
        Assert.DoesNotContain(rendition.GetFields(), f => f.StartsWith("exif", StringComparison.Ordinal) || f == "icc-profile-data");
    }

    [Fact]
    public void Grey_originals_come_out_as_srgb()
    {
        var original = Encode(Image.Black(400, 300) + 90, i => i.Cast(Enums.BandFormat.Uchar).PngsaveBuffer());

        using var rendition = Image.NewFromBuffer(RenditionStore.Render(original, 320, RenditionFormat.Webp));

        Assert.Equal(3, rendition.Bands);
    }

    private static byte[] Encode(Image image, Func<Image, byte[]> save)
    {
        using (image)
        {
            return save(image);
        }
    }
}
