using Dateline.Web.Features.Search;
using Lucene.Net.Analysis.TokenAttributes;

namespace Dateline.Tests.Search;

public sealed class SearchAnalyzersTests
{
    [Theory]
    [InlineData("الضمانات", "ضمانات")] // definite article
    [InlineData("والضمانات", "ضمانات")] // conjunction + article
    [InlineData("بالضمانات", "ضمانات")] // preposition + article
    [InlineData("ضَمَانَات", "ضمانات")] // tashkeel
    [InlineData("ضمـــانات", "ضمانات")] // tatweel
    [InlineData("أمير", "امير")] // alef with hamza above
    [InlineData("إمارة", "امارة")] // alef with hamza below
    [InlineData("آمال", "امال")] // alef madda
    [InlineData("مدينة", "مدينه")] // teh marbuta / heh
    [InlineData("مستشفى", "مستشفي")] // alef maqsura / yeh
    [InlineData("الشارقة", "شارقه")]
    [InlineData("للمدرسة", "مدرسه")] // lam-lam prefix
    public void Arabic_forms_that_readers_treat_as_one_word_index_as_one_term(string written, string searched)
    {
        Assert.Equal(Terms("ar", searched), Terms("ar", written));
    }

    [Fact]
    public void Arabic_light_stemming_removes_common_plural_suffixes_but_not_broken_plurals()
    {
        Assert.Equal(Terms("ar", "معلم"), Terms("ar", "المعلمون"));
        Assert.Equal(Terms("ar", "معلم"), Terms("ar", "المعلمات"));

        // Broken plurals change the word's pattern (كتاب/كتب); a light stemmer leaves them apart.
        Assert.NotEqual(Terms("ar", "كتاب"), Terms("ar", "كتب"));
    }

    [Theory]
    [InlineData("guarantees")]
    [InlineData("guaranteed")]
    [InlineData("Guaranteeing")]
    public void English_word_endings_reduce_to_one_stem(string word)
    {
        Assert.Equal(Terms("en", "guarantee"), Terms("en", word));
    }

    [Fact]
    public void English_possessives_and_stop_words_are_not_terms()
    {
        Assert.Equal(["sharjah", "ruler"], Terms("en", "The Sharjah's ruler"));
    }

    private static List<string> Terms(string edition, string text)
    {
        var terms = new List<string>();
        using var stream = SearchAnalyzers.For(edition).GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
