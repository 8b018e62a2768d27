using System.Net;
using System.Text.Json;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Articles;
using Dateline.Web.Features.DemoContent;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.DemoContent;

/// <summary>Two nodes of one site started at the same moment on an empty or missing database, as a fresh deployment does.</summary>
public sealed class ConcurrentStartTests
{
    private const string SeedHeadline = "Lavrov to Blinken: Russia needs 'security guarantees' on borders";

    /// <param name="databaseExists">
    /// On PostgreSQL, whether the (empty) database exists before the nodes start; the SQLite file never does.
    /// </param>
    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite, false)]
    [InlineData(DatabaseProvider.Postgres, true)]
    [InlineData(DatabaseProvider.Postgres, false)]
    public async Task Two_nodes_starting_together_both_serve_the_demo_content_seeded_once(DatabaseProvider provider, bool databaseExists)
    {
        await using var first = provider == DatabaseProvider.Postgres
            ? new PostgresDatelineFactory { SeedDemoContent = true, LeavePostgresDatabaseToTheApp = !databaseExists }
            : new DatelineFactory { SeedDemoContent = true };
        first.RequireDatabase();
        await using var second = first.AnotherNode();

        // Each host runs Program to its start (migrations and startup data included) on its own thread.
        await Task.WhenAll(Task.Run(() => first.Services), Task.Run(() => second.Services));

        await using (var scope = first.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
            var articles = await db.Articles.AsNoTracking().Select(a => new { a.EditionCode, a.Slug, a.HeroImageId }).ToListAsync();

            Assert.Equal(DemoArticleCount(), articles.Count);
            Assert.Equal(articles.Count, articles.DistinctBy(a => (a.EditionCode, a.Slug)).Count());
            Assert.Equal(2, await db.Editions.CountAsync());
            Assert.Equal(await db.Sections.Select(s => new { s.EditionCode, s.Slug }).Distinct().CountAsync(), await db.Sections.CountAsync());
            Assert.Equal(await db.Topics.Select(t => new { t.EditionCode, t.Slug }).Distinct().CountAsync(), await db.Topics.CountAsync());
            // A node that painted pictures and then lost the race would leave assets no article uses.
            Assert.Equal(articles.Where(a => a.HeroImageId is not null).Select(a => a.HeroImageId).Distinct().Count(), await db.MediaAssets.CountAsync());
        }

        var seed = await SeedArticlePathAsync(first);
        foreach (var node in new[] { first, second })
        {
            var (response, page) = await HtmlPage.GetAsync(node.CreateClient(), seed);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(SeedHeadline, page.TestId("headline"));
        }

        Assert.True(first.Warnings.IsEmpty && second.Warnings.IsEmpty,
            "The nodes logged warnings:\n" + string.Join("\n", first.Warnings.Concat(second.Warnings)));
    }

    private static async Task<string> SeedArticlePathAsync(DatelineFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        var seed = await db.Articles.AsNoTracking().Where(a => a.Headline == SeedHeadline).Select(a => new { a.Id, a.Slug }).SingleAsync();
        return ArticlePaths.Article("en", seed.Id, seed.Slug);
    }

    /// <summary>How many stories the demo files hold, read from the files the seeder reads.</summary>
    private static int DemoArticleCount()
    {
        var count = 0;
        foreach (var file in new[] { "en.json", "ar.json" })
        {
            using var stream = typeof(DemoContentSeeder).Assembly.GetManifestResourceStream("DemoContent/" + file)!;
            using var json = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            count += json.RootElement.GetProperty("articles").GetArrayLength();
        }

        return count;
    }
}
