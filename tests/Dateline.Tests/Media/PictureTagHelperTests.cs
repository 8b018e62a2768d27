using System.Text.Encodings.Web;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Dateline.Web.Features.Media;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Options;

namespace Dateline.Tests.Media;

public sealed class PictureTagHelperTests
{
    private static readonly MediaOptions Defaults = new();

    [Fact]
    public void Srcset_lists_only_widths_the_original_can_fill()
    {
        var picture = Render(new PictureTagHelper(Options.Create(Defaults)) { AssetId = 12, AssetWidth = 1000, AssetHeight = 750 });

        var img = picture.QuerySelector("img")!;
        var webp = picture.QuerySelector("source[type='image/webp']")!;
        Assert.Equal("/media/12/320.jpg 320w, /media/12/480.jpg 480w, /media/12/640.jpg 640w, /media/12/800.jpg 800w", img.GetAttribute("srcset"));
        Assert.Equal("/media/12/320.webp 320w, /media/12/480.webp 480w, /media/12/640.webp 640w, /media/12/800.webp 800w", webp.GetAttribute("srcset"));
        Assert.Equal("/media/12/800.jpg", img.GetAttribute("src"));
        Assert.Null(picture.QuerySelector("source[type='image/avif']"));
    }

    [Fact]
    public void A_large_original_gets_every_configured_width()
    {
        var picture = Render(new PictureTagHelper(Options.Create(Defaults)) { AssetId = 3, AssetWidth = 4000, AssetHeight = 3000 });

        var widths = Descriptors(picture.QuerySelector("img")!.GetAttribute("srcset")!);
        Assert.Equal(MediaOptions.DefaultWidths, widths);
    }

    [Fact]
    public void An_original_narrower_than_the_smallest_width_still_gets_one_source_described_at_its_own_width()
    {
        var picture = Render(new PictureTagHelper(Options.Create(Defaults)) { AssetId = 5, AssetWidth = 200, AssetHeight = 100 });

        var img = picture.QuerySelector("img")!;
        Assert.Equal("/media/5/320.jpg 200w", img.GetAttribute("srcset"));
        Assert.Equal("/media/5/320.jpg", img.GetAttribute("src"));
    }

    [Fact]
    public void The_img_carries_size_alt_sizes_class_and_lazy_loading()
    {
        var picture = Render(new PictureTagHelper(Options.Create(Defaults))
        {
            AssetId = 9,
            AssetWidth = 1600,
            AssetHeight = 900,
            Alt = "الشيخ سلطان يفتتح \"المعرض\"",
            Sizes = "(min-width: 1024px) 760px, 100vw",
            Class = "story-image",
        });

        var img = picture.QuerySelector("img")!;
        Assert.Equal("1600", img.GetAttribute("width"));
        Assert.Equal("900", img.GetAttribute("height"));
        Assert.Equal("الشيخ سلطان يفتتح \"المعرض\"", img.GetAttribute("alt"));
        Assert.Equal("(min-width: 1024px) 760px, 100vw", img.GetAttribute("sizes"));
        Assert.Equal("(min-width: 1024px) 760px, 100vw", picture.QuerySelector("source")!.GetAttribute("sizes"));
        Assert.Equal("story-image", img.GetAttribute("class"));
        Assert.Null(picture.GetAttribute("class"));
        Assert.Equal("async", img.GetAttribute("decoding"));
        Assert.Equal("lazy", img.GetAttribute("loading"));
        Assert.False(img.HasAttribute("fetchpriority"));
    }

    [Fact]
    public void A_priority_image_loads_eagerly_with_high_fetch_priority()
    {
        var picture = Render(new PictureTagHelper(Options.Create(Defaults)) { AssetId = 1, AssetWidth = 1600, AssetHeight = 900, Priority = true });

        var img = picture.QuerySelector("img")!;
        Assert.Equal("eager", img.GetAttribute("loading"));
        Assert.Equal("high", img.GetAttribute("fetchpriority"));
    }

    [Fact]
    public void Missing_alt_renders_an_empty_alt_for_a_decorative_image()
    {
        var picture = Render(new PictureTagHelper(Options.Create(Defaults)) { AssetId = 1, AssetWidth = 640, AssetHeight = 480 });

        Assert.Equal("", picture.QuerySelector("img")!.GetAttribute("alt"));
    }

    [Fact]
    public void Avif_comes_first_when_asked_for()
    {
        var picture = Render(new PictureTagHelper(Options.Create(Defaults)) { AssetId = 4, AssetWidth = 500, AssetHeight = 500, Avif = true });

        var sources = picture.QuerySelectorAll("source").Select(s => s.GetAttribute("type")!).ToArray();
        Assert.Equal(["image/avif", "image/webp"], sources);
        Assert.Equal("/media/4/320.avif 320w, /media/4/480.avif 480w", picture.QuerySelector("source")!.GetAttribute("srcset"));
    }

    [Fact]
    public void Configured_widths_are_used_and_an_unknown_size_lists_them_all_without_width_and_height()
    {
        var options = new MediaOptions { Widths = [400, 900] };
        var picture = Render(new PictureTagHelper(Options.Create(options)) { AssetId = 2 });

        var img = picture.QuerySelector("img")!;
        Assert.Equal("/media/2/400.jpg 400w, /media/2/900.jpg 900w", img.GetAttribute("srcset"));
        Assert.Equal("/media/2/400.jpg", img.GetAttribute("src"));
        Assert.False(img.HasAttribute("width"));
        Assert.False(img.HasAttribute("height"));
    }

    [Fact]
    public void Other_attributes_stay_on_the_picture_element()
    {
        var picture = Render(new PictureTagHelper(Options.Create(Defaults)) { AssetId = 1, AssetWidth = 640, AssetHeight = 480 },
            new TagHelperAttribute("data-testid", "hero"));

        Assert.Equal("PICTURE", picture.TagName);
        Assert.Equal("hero", picture.GetAttribute("data-testid"));
    }

    private static int[] Descriptors(string srcset) =>
        srcset.Split(", ").Select(candidate => int.Parse(candidate.Split(' ')[1].TrimEnd('w'), System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    private static IElement Render(PictureTagHelper helper, params TagHelperAttribute[] unbound)
    {
        var context = new TagHelperContext("dl-picture", [], new Dictionary<object, object>(), Guid.NewGuid().ToString("N"));
        var output = new TagHelperOutput("dl-picture", [.. unbound], (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));
        helper.Process(context, output);

        using var writer = new StringWriter();
        output.WriteTo(writer, HtmlEncoder.Default);
        var document = new HtmlParser().ParseDocument("<!doctype html><body>" + writer);
        return Assert.Single(document.Body!.Children);
    }
}
