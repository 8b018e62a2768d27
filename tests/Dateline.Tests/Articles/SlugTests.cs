using Dateline.Web.Features.Articles;

namespace Dateline.Tests.Articles;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Lavrov to Blinken: Russia needs 'security guarantees' on borders", "lavrov-to-blinken-russia-needs-security-guarantees-on-borders")]
    [InlineData("  Crème brûlée — at Expo 2020!  ", "creme-brulee-at-expo-2020")]
    [InlineData("لافروف لبلينكن: روسيا تحتاج \"ضمانات أمنية\"", "لافروف-لبلينكن-روسيا-تحتاج-ضمانات-أمنية")]
    [InlineData("مُحَمَّد", "محمد")]
    [InlineData("إطلاق آخر", "إطلاق-آخر")]
    [InlineData("!!!", "story")]
    [InlineData("", "story")]
    public void Slugs_keep_letters_of_any_script_and_join_words_with_hyphens(string headline, string expected)
    {
        Assert.Equal(expected, Slug.From(headline));
    }

    [Fact]
    public void Slugs_are_cut_to_a_bounded_length_without_a_trailing_hyphen()
    {
        var slug = Slug.From(string.Join(' ', Enumerable.Repeat("word", 100)));

        Assert.True(slug.Length <= Slug.MaxLength + 1);
        Assert.False(slug.EndsWith('-'));
    }
}
