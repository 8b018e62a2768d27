using Dateline.Web.Infrastructure.Html;

namespace Dateline.Tests.Infrastructure;

public sealed class BodyHtmlSanitizerTests
{
    private readonly BodyHtmlSanitizer _sanitizer = new();

    [Theory]
    [InlineData("<p onclick=\"steal()\">Hi</p>", "<p>Hi</p>")]
    [InlineData("<script>alert(1)</script><p>Ok</p>", "<p>Ok</p>")]
    [InlineData("<p style=\"color:red\">Ok</p>", "<p>Ok</p>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "<a>x</a>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe><p>Ok</p>", "<p>Ok</p>")]
    [InlineData("<img src=x onerror=alert(1)>", "")]
    public void Dangerous_markup_is_removed(string input, string expected)
    {
        Assert.Equal(expected, _sanitizer.Sanitize(input));
    }

    [Fact]
    public void Story_markup_survives()
    {
        const string html = "<h2>Sub</h2><p>A <strong>bold</strong> <em>claim</em>, <a href=\"/en/topic/nato\">NATO</a>.</p><blockquote><p>Quote</p></blockquote><ul><li>One</li></ul>";

        Assert.Equal(html, _sanitizer.Sanitize(html));
    }

    [Fact]
    public void External_links_cannot_reach_back_into_the_page()
    {
        Assert.Equal("<p><a href=\"https://example.org/\" rel=\"noopener noreferrer\">x</a></p>",
            _sanitizer.Sanitize("<p><a href=\"https://example.org/\" target=\"_blank\">x</a></p>"));
    }
}
