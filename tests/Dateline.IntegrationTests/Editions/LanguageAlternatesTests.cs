using System.Net;
using AngleSharp.Html.Dom;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Articles;

namespace Dateline.IntegrationTests.Editions;

public sealed class LanguageAlternatesTests(DatelineFactory factory) : IClassFixture<DatelineFactory>
{
    private const string Origin = "http://localhost";

    private readonly TestContent _content = new(factory);

    private HttpClient Client => factory.CreateClient(new() { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/en")]
    [InlineData("/ar")]
    public async Task Both_home_pages_name_each_other_and_english_as_the_default(string path)
    {
        var (response, page) = await HtmlPage.GetAsync(Client, path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            [("en", Origin + "/en"), ("ar", Origin + "/ar"), ("x-default", Origin + "/en")],
            Alternates(page).OrderBy(Order));
        Assert.Empty(factory.Warnings);
    }

    [Fact]
    public async Task Translated_article_names_both_editions_and_every_alternate_resolves()
    {
        var original = await _content.ArticleAsync(await _content.SectionAsync("en"), headline: "Sharjah opens a new library");
        var translation = await _content.ArticleAsync(await _content.SectionAsync("ar"), headline: "الشارقة تفتتح مكتبة جديدة");
        await _content.TranslateAsync(original, translation);
        var english = ArticlePaths.Article("en", original.Id, original.Slug);
        var arabic = ArticlePaths.Article("ar", translation.Id, translation.Slug);
        (string, string)[] expected = [("en", Origin + english), ("ar", Origin + arabic), ("x-default", Origin + english)];

        foreach (var path in new[] { english, arabic })
        {
            var (_, page) = await HtmlPage.GetAsync(Client, path);
            var alternates = Alternates(page).OrderBy(Order).ToList();

            Assert.Equal(expected, alternates);
            foreach (var (_, href) in alternates)
            {
                using var resolved = await Client.GetAsync(new Uri(href));
                Assert.True(resolved.StatusCode == HttpStatusCode.OK, $"{href} from {path} answered {(int)resolved.StatusCode}.");
            }
        }

        Assert.Empty(factory.Warnings);
    }

    [Fact]
    public async Task Article_without_a_live_translation_has_no_alternates()
    {
        var alone = await _content.ArticleAsync(await _content.SectionAsync("en"));
        var original = await _content.ArticleAsync(await _content.SectionAsync("en"));
        var draft = await _content.ArticleAsync(await _content.SectionAsync("ar"), status: ArticleStatus.Draft);
        await _content.TranslateAsync(original, draft);

        foreach (var article in new[] { alone, original })
        {
            var (response, page) = await HtmlPage.GetAsync(Client, ArticlePaths.Article("en", article.Id, article.Slug));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Empty(Alternates(page));
        }

        Assert.Empty(factory.Warnings);
    }

    [Fact]
    public async Task Section_and_topic_pages_have_no_alternates_as_editions_do_not_share_them()
    {
        var section = await _content.SectionAsync("en");
        var topic = await _content.TopicAsync("en");
        await _content.ArticleAsync(section, topics: [topic]);

        foreach (var path in new[] { ArticlePaths.Section("en", section.Slug), ArticlePaths.Topic("en", topic.Slug) })
        {
            var (response, page) = await HtmlPage.GetAsync(Client, path);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Empty(Alternates(page));
        }

        Assert.Empty(factory.Warnings);
    }

    private static IEnumerable<(string HrefLang, string Href)> Alternates(IHtmlDocument page) =>
        page.Head!.QuerySelectorAll("link[rel=alternate][hreflang]")
            .Select(l => (l.GetAttribute("hreflang") ?? "", l.GetAttribute("href") ?? ""));

    private static int Order((string HrefLang, string Href) alternate) => alternate.HrefLang switch
    {
        "en" => 0,
        "ar" => 1,
        _ => 2,
    };
}
