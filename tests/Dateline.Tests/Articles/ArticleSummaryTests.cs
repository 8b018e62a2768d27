using Dateline.Web.Features.Articles.Public;

namespace Dateline.Tests.Articles;

public sealed class ArticleSummaryTests
{
    [Fact]
    public void Summary_is_the_first_paragraph_as_plain_text()
    {
        var body = "<p>Russian Foreign Minister <a href=\"/x\">Sergei Lavrov</a> told &quot;Blinken&quot;\n on Thursday.</p><p>Second paragraph.</p>";

        Assert.Equal("Russian Foreign Minister Sergei Lavrov told \"Blinken\" on Thursday.", ArticlePageModel.Summary(body));
    }

    [Fact]
    public void A_long_paragraph_is_cut_at_a_word_with_an_ellipsis()
    {
        var words = string.Join(' ', Enumerable.Repeat("word", 60));

        var summary = ArticlePageModel.Summary($"<p>{words}</p>", maxLength: 50);

        Assert.NotNull(summary);
        Assert.True(summary.Length <= 50, summary);
        Assert.EndsWith("word…", summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<p></p>")]
    [InlineData("<p> <br> </p>")]
    public void A_body_without_text_has_no_summary(string body)
    {
        Assert.Null(ArticlePageModel.Summary(body));
    }

    [Fact]
    public void Arabic_text_is_kept_as_written()
    {
        Assert.Equal("أبلغ وزير الخارجية الروسي سيرغي لافروف", ArticlePageModel.Summary("<p>أبلغ وزير الخارجية الروسي <b>سيرغي لافروف</b></p>"));
    }
}
