using Dateline.IntegrationTests.Infrastructure;
using Dateline.IntegrationTests.Newsroom.Stories;
using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Newsroom.Stories;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.Newsroom.Desk;

/// <summary>Topics created on the fly by editors saving at the same moment, on PostgreSQL where saves truly overlap.</summary>
public sealed class TopicCreationPostgresTests(PostgresStoriesFactory factory) : IClassFixture<PostgresStoriesFactory>
{
    [SkippableFact]
    public async Task Editors_creating_the_same_new_topic_at_once_all_get_one_topic_inside_their_transactions()
    {
        factory.RequireDatabase();
        var content = new TestContent(factory);
        var name = $"Desalination plant {content.Unique}";

        var ids = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DatelineDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            // Letter case differs between editors; the slug is the same.
            var (topics, invalid) = await sp.GetRequiredService<NewsroomTaxonomy>()
                .TopicIdsAsync("en", [i % 2 == 0 ? name : name.ToUpperInvariant()], CancellationToken.None);
            await transaction.CommitAsync();
            Assert.Empty(invalid);
            return Assert.Single(topics);
        })));

        var rows = await content.QueryAsync(db => db.Topics.Where(t => t.EditionCode == "en" && t.Slug == Slug.From(name)).ToListAsync());
        Assert.Single(rows);
        Assert.All(ids, id => Assert.Equal(rows[0].Id, id));
    }
}
