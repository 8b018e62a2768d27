using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Articles.Publishing;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.Articles.Publishing;

public sealed class ArticlePublishingTests(DatelineFactory factory) : IClassFixture<DatelineFactory>
{
    private readonly TestContent _content = new(factory);

    [Fact]
    public async Task Saving_a_change_records_its_event_and_evicts_the_cached_page()
    {
        var section = await _content.SectionAsync();
        var article = await _content.ArticleAsync(section, headline: "Before the update");
        var client = factory.CreateClient();
        var path = ArticlePaths.Article("en", article.Id, article.Slug);
        await HtmlPage.GetAsync(client, path);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
            var tracked = await db.Articles.SingleAsync(a => a.Id == article.Id);
            tracked.Headline = "After the update";
            await scope.ServiceProvider.GetRequiredService<ArticlePublishing>().SaveAsync(db, [(tracked, ArticleEventKind.Updated)]);
        }

        var (_, page) = await HtmlPage.GetAsync(client, path);
        await using var check = factory.Services.CreateAsyncScope();
        var events = await check.ServiceProvider.GetRequiredService<DatelineDbContext>().ArticleEvents
            .Where(e => e.ArticleId == article.Id).ToListAsync();

        Assert.Equal("After the update", page.TestId("headline"));
        var recorded = Assert.Single(events);
        Assert.Equal(ArticleEventKind.Updated, recorded.Kind);
        Assert.Equal("en", recorded.EditionCode);
    }
}
