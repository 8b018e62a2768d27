using System.Xml.Linq;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Articles;

namespace Dateline.IntegrationTests.Feeds;

public sealed class FeedConfigurationTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";

    [Fact]
    public async Task Full_text_feeds_carry_the_body_after_the_summary_and_every_link_uses_the_public_base_url()
    {
        await using var site = new DatelineFactory();
        site.Settings["Feeds:FullText"] = "true";
        site.Settings["Dateline:PublicBaseUrl"] = "https://news.example/";
        var content = new TestContent(site);
        var section = await content.SectionAsync();
        var article = await content.ArticleAsync(section, body: "<p>First paragraph.</p><p>The whole story.</p>");
        var client = site.CreateClient();
        var list = ArticlePaths.Section("en", section.Slug);

        var rss = XDocument.Parse(await client.GetStringAsync(list + "/rss.xml"));
        var atom = XDocument.Parse(await client.GetStringAsync(list + "/atom.xml"));

        Assert.Empty(FeedRules.Check(rss));
        Assert.Empty(FeedRules.Check(atom));
        var item = rss.Root!.Element("channel")!.Element("item")!;
        Assert.Equal("<p>First paragraph.</p>", item.Element("description")!.Value);
        Assert.Equal("<p>First paragraph.</p><p>The whole story.</p>", item.Element(Content + "encoded")!.Value);
        Assert.Equal("<p>First paragraph.</p><p>The whole story.</p>", atom.Root!.Element(Atom + "entry")!.Element(Atom + "content")!.Value);
        Assert.Equal("https://news.example" + ArticlePaths.Article("en", article.Id, article.Slug), item.Element("link")!.Value);
        var urls = rss.Descendants().SelectMany(e => e.Attributes()).Where(a => a.Name.LocalName is "url" or "href").Select(a => a.Value)
            .Concat(atom.Descendants().SelectMany(e => e.Attributes()).Where(a => a.Name.LocalName is "url" or "href").Select(a => a.Value))
            .ToList();
        Assert.NotEmpty(urls);
        Assert.All(urls, url => Assert.StartsWith("https://news.example/", url, StringComparison.Ordinal));
        Assert.Empty(site.Warnings);
    }
}
