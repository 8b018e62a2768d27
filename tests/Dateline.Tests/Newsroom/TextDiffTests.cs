using Dateline.Web.Features.Newsroom.Desk;

namespace Dateline.Tests.Newsroom;

public sealed class TextDiffTests
{
    private static string Side(IReadOnlyList<DiffRun> runs, DiffRunKind leftOut) =>
        string.Concat(runs.Where(r => r.Kind != leftOut).Select(r => r.Text));

    [Theory]
    [InlineData("The bridge opens on Monday.", "The bridge opens on Tuesday.")]
    [InlineData("", "A new paragraph.")]
    [InlineData("Line one\nLine two", "Line one\nLine 2\nLine three")]
    [InlineData("يفتتح الجسر يوم الاثنين.", "يفتتح الجسر الجديد يوم الثلاثاء.")]
    public void Each_side_of_the_runs_puts_its_text_back_together_exactly(string before, string after)
    {
        var runs = TextDiff.Words(before, after);

        Assert.Equal(before, Side(runs, DiffRunKind.Added));
        Assert.Equal(after, Side(runs, DiffRunKind.Removed));
    }

    [Fact]
    public void A_changed_word_is_removed_and_added_while_the_rest_stays_the_same()
    {
        var runs = TextDiff.Words("The bridge opens on Monday.", "The bridge opens on Tuesday.");

        Assert.Equal("Monday", Assert.Single(runs, r => r.Kind == DiffRunKind.Removed).Text);
        Assert.Equal("Tuesday", Assert.Single(runs, r => r.Kind == DiffRunKind.Added).Text);
        Assert.StartsWith("The bridge opens on", runs[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_body_is_compared_as_one_line_per_block_with_markers_for_images()
    {
        var text = BodyText.Of("<h2>Roads</h2><p>The <strong>bridge</strong> opens.</p><blockquote><p>Quote.</p></blockquote><ul><li>One</li></ul><figure><img src=\"/x\" data-media-id=\"7\" alt=\"Bridge\"></figure>");

        Assert.Equal("Roads\nThe bridge opens.\nQuote.\nOne\n[image 7: Bridge]", text);
    }
}
