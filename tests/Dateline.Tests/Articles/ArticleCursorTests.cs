using Dateline.Web.Features.Articles;

namespace Dateline.Tests.Articles;

public sealed class ArticleCursorTests
{
    [Fact]
    public void A_cursor_survives_a_round_trip_exactly()
    {
        var cursor = new ArticleCursor(new DateTime(2021, 12, 2, 14, 54, 0, 123, DateTimeKind.Utc).AddTicks(4567), 42);

        Assert.True(ArticleCursor.TryParse(cursor.ToString(), out var parsed));
        Assert.Equal(cursor, parsed);
        Assert.Equal(DateTimeKind.Utc, parsed.PublishedAt.Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("12345")]
    [InlineData("-12")]
    [InlineData("12-")]
    [InlineData("12-0")]
    [InlineData("12--3")]
    [InlineData("+12-3")]
    [InlineData("99999999999999999999-3")]
    [InlineData("3155378976000000000-1")]
    [InlineData("12-3 ")]
    public void Malformed_cursors_are_rejected(string text)
    {
        Assert.False(ArticleCursor.TryParse(text, out _));
    }

    [Fact]
    public void An_absent_cursor_means_the_first_page()
    {
        Assert.True(ArticleCursor.TryParseOptional(null, out var cursor));
        Assert.Null(cursor);
        Assert.False(ArticleCursor.TryParseOptional("x", out _));
    }
}
