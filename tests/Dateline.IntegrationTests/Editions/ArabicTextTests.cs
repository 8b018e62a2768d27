using System.Text.RegularExpressions;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Articles;

namespace Dateline.IntegrationTests.Editions;

/// <summary>Arabic (and any other script) is sent as UTF-8 text; only markup-significant characters are encoded.</summary>
public sealed partial class ArabicTextTests(DatelineFactory factory) : IClassFixture<DatelineFactory>
{
    private readonly TestContent _content = new(factory);

    [GeneratedRegex("&#x[0-9A-Fa-f]+;|&#[0-9]+;")]
    private static partial Regex CharacterReference();

    [Fact]
    public async Task A_headline_with_Arabic_and_markup_characters_renders_Arabic_as_text_and_markup_encoded()
    {
        const string headline = "الشارقة <b>\"Tom & Jerry's\"</b> ἀγάπη 中文";
        var section = await _content.SectionAsync("ar");
        var article = await _content.ArticleAsync(section, headline: headline);

        var html = await factory.CreateClient().GetStringAsync(ArticlePaths.Article("ar", article.Id, article.Slug));
        var heading = Regex.Match(html, "<h1[^>]*data-testid=\"headline\"[^>]*>(.*?)</h1>", RegexOptions.Singleline).Groups[1].Value;

        Assert.Equal("الشارقة &lt;b&gt;&quot;Tom &amp; Jerry&#x27;s&quot;&lt;/b&gt; ἀγάπη 中文", heading.Trim());
        Assert.DoesNotContain("<b>", heading, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Arabic_home_page_carries_no_character_references_for_Arabic_letters()
    {
        var html = await factory.CreateClient().GetStringAsync("/ar");

        var references = CharacterReference().Matches(html).Select(m => m.Value).Distinct().ToList();

        Assert.Contains("الشارقة", html, StringComparison.Ordinal);
        Assert.DoesNotContain(references, r => r.StartsWith("&#x6", StringComparison.OrdinalIgnoreCase) || r.StartsWith("&#16", StringComparison.Ordinal));
    }
}
