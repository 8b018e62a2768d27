using Dateline.Web.Infrastructure.Html;

namespace Dateline.Tests.Infrastructure;

/// <summary>The gallery placeholder the editor writes survives the sanitizer exactly; look-alikes are trimmed or dropped.</summary>
public sealed class BodyGallerySanitizerTests
{
    private const string Photo1 = "<figure><img src=\"/media/4/640.jpg\" alt=\"Dhows\" data-media-id=\"4\"><figcaption dir=\"auto\">Dhows at dawn</figcaption></figure>";
    private const string Photo2 = "<figure><img src=\"/media/9/640.jpg\" alt=\"\" data-media-id=\"9\"><figcaption dir=\"auto\"></figcaption></figure>";

    private readonly BodyHtmlSanitizer _sanitizer = new();

    [Fact]
    public void A_gallery_as_the_editor_writes_it_is_kept_unchanged()
    {
        var html = $"<p dir=\"auto\">Before.</p><figure data-gallery=\"\">{Photo1}{Photo2}<figcaption dir=\"auto\">The race</figcaption></figure><p dir=\"auto\">After.</p>";

        Assert.Equal(html, _sanitizer.Sanitize(html));
    }

    [Theory]
    [InlineData($"<figure data-gallery=\"yes\" data-id=\"3\">{Photo1}</figure>", $"<figure data-gallery=\"\">{Photo1}</figure>")]
    [InlineData($"<figure data-gallery=\"\"><p>stray</p>{Photo1}<a href=\"https://evil.example\">x</a></figure>", $"<figure data-gallery=\"\">{Photo1}</figure>")]
    [InlineData($"<figure data-gallery=\"\"><figure><img src=\"https://tracker.example/p.gif\" alt=\"\" data-media-id=\"4\"><figcaption>x</figcaption></figure>{Photo1}</figure>", $"<figure data-gallery=\"\">{Photo1}</figure>")]
    [InlineData("<figure data-gallery=\"\"><figure><figcaption>no image</figcaption></figure></figure><p>x</p>", "<p>x</p>")]
    [InlineData("<figure data-gallery=\"\"></figure><p>x</p>", "<p>x</p>")]
    [InlineData($"<figure data-gallery=\"\"><figure data-gallery=\"\">{Photo1}</figure>{Photo2}</figure>", $"<figure data-gallery=\"\">{Photo2}</figure>")]
    [InlineData($"<figure data-gallery=\"\"><figure><img src=\"/media/4/640.jpg\" alt=\"\" data-media-id=\"4\"><strong>bold</strong><figcaption>c</figcaption><figcaption>d</figcaption></figure></figure>", "<figure data-gallery=\"\"><figure><img src=\"/media/4/640.jpg\" alt=\"\" data-media-id=\"4\"><figcaption>c</figcaption></figure></figure>")]
    [InlineData("<p data-gallery=\"\">x</p>", "<p>x</p>")]
    [InlineData("<figure data-embed=\"youtube\" data-id=\"dQw4w9WgXcQ\" data-gallery=\"\"></figure>", "<figure data-embed=\"youtube\" data-id=\"dQw4w9WgXcQ\"></figure>")]
    public void Look_alikes_of_a_gallery_are_trimmed_to_its_shape_or_dropped(string input, string expected)
    {
        Assert.Equal(expected, _sanitizer.Sanitize(input));
    }

    [Fact]
    public void A_gallery_keeps_at_most_its_limit_of_photos()
    {
        var html = "<figure data-gallery=\"\">" + string.Concat(Enumerable.Repeat(Photo1, BodyGallery.MaxItems + 5)) + "</figure>";

        var kept = _sanitizer.Sanitize(html);

        Assert.Equal(BodyGallery.MaxItems, kept.Split("<img ").Length - 1);
    }
}
