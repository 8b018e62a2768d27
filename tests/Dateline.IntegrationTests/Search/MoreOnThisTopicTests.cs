using System.Net;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Articles.Publishing;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.Search;

/// <summary>
/// "More on this Topic" on the real page, with the stories published through the newsroom's path so that the search
/// index knows them: pins, then shared topics blended with text similarity (MoreLikeThis) and recency.
/// </summary>
public sealed class MoreOnThisTopicTests(SearchFactory factory) : IClassFixture<SearchFactory>
{
    private readonly TestContent _content = new(factory);

    [Fact]
    public async Task A_story_about_the_same_event_is_listed_without_a_shared_topic_and_an_unrelated_one_is_not()
    {
        var u = _content.Unique;
        var section = await _content.SectionAsync();
        var topic = await _content.TopicAsync();
        var now = DateTime.UtcNow;
        var article = await Newsroom.PublishAsync(factory, section, $"Desalination plant opens in Khor Fakkan {u}",
            $"<p>The desalination plant in Khor Fakkan will supply drinking water to coastal towns {u}. Engineers said the reverse osmosis membranes cut energy use.</p>",
            topics: [topic], publishedAt: now.AddMinutes(-30));
        var tagged = await Newsroom.PublishAsync(factory, section, $"Football league fixtures announced {u}",
            "<p>The league announced its fixtures for the new season, starting with a derby.</p>", topics: [topic], publishedAt: now.AddHours(-2));
        var alike = await Newsroom.PublishAsync(factory, section, $"Khor Fakkan desalination plant to double water output {u}",
            $"<p>Engineers at the Khor Fakkan desalination plant said reverse osmosis membranes will double drinking water supply {u}.</p>",
            publishedAt: now.AddHours(-1));
        // Shares no word with the article (the unique token included), so nothing but chance could relate them.
        var unrelated = await Newsroom.PublishAsync(factory, section, $"Book fair welcomes publishers {Guid.NewGuid():N}",
            "<p>Publishers from forty countries arrive for the book fair, with poetry readings every evening.</p>", publishedAt: now.AddMinutes(-10));
        var client = factory.CreateClient();
        await Newsroom.EventuallyAsync(client, "en", u, r => r.Total >= 3);
        await Newsroom.EventuallyAsync(client, "en", unrelated.Headline, Newsroom.Finds(unrelated));

        var listed = await MoreOnTopicAsync($"/en/article/{article.Id}/{article.Slug}");

        Assert.Equal([tagged.Headline, alike.Headline], listed);
        Assert.DoesNotContain(unrelated.Headline, listed);
    }

    [Fact]
    public async Task Arabic_stories_are_related_through_the_arabic_analyzer_whatever_the_definite_article()
    {
        var u = _content.Unique;
        var section = await _content.SectionAsync("ar");
        var now = DateTime.UtcNow;
        var article = await Newsroom.PublishAsync(factory, section, $"الشارقة تفتتح محطة تحلية مياه جديدة {u}",
            $"<p>افتتحت الشارقة محطة تحلية مياه البحر لتزويد المدن الساحلية بمياه الشرب {u}.</p>", publishedAt: now.AddMinutes(-30));
        var alike = await Newsroom.PublishAsync(factory, section, $"المحطة الجديدة لتحلية المياه تضاعف الإنتاج {u}",
            $"<p>قال مهندسو المحطة إن التحلية في الشارقة ستضاعف مياه الشرب للمدن الساحلية {u}.</p>", publishedAt: now.AddHours(-1));
        var unrelated = await Newsroom.PublishAsync(factory, section, $"معرض الكتاب يستقبل الناشرين {Guid.NewGuid():N}",
            "<p>يصل الناشرون من أربعين دولة إلى معرض الكتاب مع أمسيات شعرية.</p>", publishedAt: now.AddMinutes(-5));
        var client = factory.CreateClient();
        await Newsroom.EventuallyAsync(client, "ar", u, r => r.Total >= 2);
        await Newsroom.EventuallyAsync(client, "ar", unrelated.Headline, Newsroom.Finds(unrelated));

        var listed = await MoreOnTopicAsync($"/ar/article/{article.Id}/{article.Slug}");

        Assert.Contains(alike.Headline, listed);
        Assert.DoesNotContain(unrelated.Headline, listed);
        Assert.DoesNotContain(article.Headline, listed);
    }

    [Fact]
    public async Task The_ranking_is_made_once_per_published_version_and_a_new_version_ranks_again()
    {
        var u = _content.Unique;
        var section = await _content.SectionAsync();
        var topic = await _content.TopicAsync();
        var now = DateTime.UtcNow;
        var article = await Newsroom.PublishAsync(factory, section, $"Metro line extension approved {u}",
            $"<p>The metro line extension to the airport was approved by the transport authority {u}.</p>", topics: [topic], publishedAt: now.AddHours(-1));
        var first = await Newsroom.PublishAsync(factory, section, $"Transport authority budget {u}", "<p>Budget.</p>", topics: [topic], publishedAt: now.AddHours(-2));
        await Newsroom.EventuallyAsync(factory.CreateClient(), "en", u, r => r.Total >= 2);
        Assert.Equal([first.Headline], await ListedAsync(article));

        // A story published after the ranking was made waits for the article's next version (or the lifetime)...
        var later = await Newsroom.PublishAsync(factory, section, $"Airport metro extension contract signed {u}",
            $"<p>The contract for the metro line extension to the airport was signed {u}.</p>", topics: [topic], publishedAt: now.AddMinutes(-5));
        await Newsroom.EventuallyAsync(factory.CreateClient(), "en", u, r => r.Total >= 3);
        Assert.Equal([first.Headline], await ListedAsync(article));

        // ...while a story unpublished since is dropped at once, because the cards are read live.
        await Newsroom.ChangeAsync(factory, first.Id, ArticleEventKind.Unpublished, a => a.Status = ArticleStatus.Unpublished);
        Assert.Empty(await ListedAsync(article));

        await Newsroom.ChangeAsync(factory, article.Id, ArticleEventKind.Updated, a => a.UpdatedAt = DateTime.UtcNow);
        Assert.Equal([later.Headline], await ListedAsync(article));
    }

    private async Task<List<string>> ListedAsync(Article article)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var live = scope.ServiceProvider.GetRequiredService<LiveArticles>();
        var detail = await live.FindAsync(article.EditionCode, article.Id, CancellationToken.None)
            ?? throw new InvalidOperationException($"Article {article.Id} is not live.");
        var cards = await live.MoreOnTopicAsync(detail, 6, CancellationToken.None);
        return [.. cards.Select(c => c.Headline)];
    }

    private async Task<List<string>> MoreOnTopicAsync(string path)
    {
        var (response, page) = await HtmlPage.GetAsync(factory.CreateClient(), path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. page.QuerySelectorAll("[data-testid='more-on-topic'] h3 a").Select(a => a.TextContent)];
    }
}
