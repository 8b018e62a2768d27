using Dateline.Web.Infrastructure.Html;

namespace Dateline.Tests.Infrastructure;

/// <summary>The sanitizer keeps exactly what the newsroom editor (wwwroot/lib/tiptap) writes, and no look-alikes.</summary>
public sealed class EditorOutputSanitizerTests
{
    private readonly BodyHtmlSanitizer _sanitizer = new();

    [Fact]
    public void Everything_the_editor_writes_survives_unchanged()
    {
        const string html =
            "<h2 dir=\"auto\">Sub</h2><h3 dir=\"auto\">Three</h3><h4 dir=\"auto\">Four</h4>" +
            "<p dir=\"auto\">A <strong>bold</strong> <em>claim</em>, <a href=\"/en/topic/nato\">NATO</a>.</p>" +
            "<blockquote dir=\"auto\"><p dir=\"auto\">قال المتحدث</p></blockquote>" +
            "<ul><li dir=\"auto\"><p dir=\"auto\">One</p></li></ul><ol><li dir=\"auto\"><p dir=\"auto\">Two</p></li></ol>" +
            "<figure><img src=\"/media/12/1024.jpg\" alt=\"The harbour\" data-media-id=\"12\"><figcaption dir=\"auto\">The <em>harbour</em></figcaption></figure>" +
            "<figure data-embed=\"youtube\" data-id=\"dQw4w9WgXcQ\"></figure>" +
            "<figure data-embed=\"x\" data-id=\"1460323737035677698\"></figure>";

        Assert.Equal(html, _sanitizer.Sanitize(html));
    }

    [Theory]
    [InlineData("<figure><img src=\"https://tracker.example/p.gif\" alt=\"\" data-media-id=\"12\"></figure>", "<figure></figure>")]
    [InlineData("<figure><img src=\"/media/12/1024.jpg\" alt=\"\"></figure>", "<figure></figure>")]
    [InlineData("<figure><img src=\"/media/13/1024.jpg\" alt=\"\" data-media-id=\"12\"></figure>", "<figure></figure>")]
    [InlineData("<img src=\"javascript:alert(1)\" data-media-id=\"1\">", "")]
    [InlineData("<figure data-embed=\"vimeo\" data-id=\"123\"></figure><p>x</p>", "<p>x</p>")]
    [InlineData("<figure data-embed=\"youtube\" data-id=\"&quot;&gt;&lt;script&gt;\"></figure><p>x</p>", "<p>x</p>")]
    [InlineData("<figure data-embed=\"x\" data-id=\"12ab\"></figure><p>x</p>", "<p>x</p>")]
    [InlineData("<figure data-embed=\"youtube\" data-id=\"dQw4w9WgXcQ\"><a href=\"https://evil.example\">x</a></figure>", "<figure data-embed=\"youtube\" data-id=\"dQw4w9WgXcQ\"></figure>")]
    [InlineData("<p data-embed=\"youtube\" data-id=\"dQw4w9WgXcQ\" data-media-id=\"3\">x</p>", "<p>x</p>")]
    [InlineData("<p data-onload=\"x\" data-foo=\"y\">x</p>", "<p>x</p>")]
    public void Look_alikes_of_editor_output_are_dropped(string input, string expected)
    {
        Assert.Equal(expected, _sanitizer.Sanitize(input));
    }

    [Fact]
    public void Embed_placeholders_render_as_plain_links_to_the_provider()
    {
        var html = BodyEmbeds.Render("<p>a</p><figure data-embed=\"youtube\" data-id=\"dQw4w9WgXcQ\"></figure><figure data-embed=\"x\" data-id=\"146\"></figure>", "en");

        Assert.Equal(
            "<p>a</p><figure data-embed=\"youtube\" data-id=\"dQw4w9WgXcQ\" class=\"embed embed--youtube\"><a class=\"embed__link\" href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\" rel=\"noopener noreferrer\">Watch the video on YouTube</a></figure>" +
            "<figure data-embed=\"x\" data-id=\"146\" class=\"embed embed--x\"><a class=\"embed__link\" href=\"https://x.com/i/status/146\" rel=\"noopener noreferrer\">View the post on X</a></figure>",
            html);
    }

    [Fact]
    public void Embed_links_are_worded_in_the_edition_language()
    {
        Assert.Contains("شاهد الفيديو على يوتيوب", BodyEmbeds.Render("<figure data-embed=\"youtube\" data-id=\"dQw4w9WgXcQ\"></figure>", "ar"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_without_embeds_is_returned_as_the_same_string()
    {
        const string html = "<p>no embeds</p>";

        Assert.Same(html, BodyEmbeds.Render(html, "en"));
    }
}
