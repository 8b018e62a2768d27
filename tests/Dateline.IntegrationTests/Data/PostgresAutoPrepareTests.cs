using System.Net;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Articles;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.Data;

/// <summary>
/// On PostgreSQL the app's recurring reads are prepared on the server (Npgsql's automatic preparation) unless the
/// operator's connection string turns it off. Prepared statements live per session, so the app gets a pool of one
/// connection here: every view and the final look at <c>pg_prepared_statements</c> run on the same session.
/// </summary>
public sealed class PostgresAutoPrepareTests
{
    private const int Views = 10;

    [Fact]
    public async Task The_article_pages_reads_are_prepared_on_the_server()
    {
        await using var site = new PostgresDatelineFactory();
        site.RequireDatabase();

        var prepared = await PreparedAfterViewsAsync(site);

        Assert.Contains(prepared, statement => statement.Contains("FROM \"Articles\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Max_Auto_Prepare_0_in_the_connection_string_turns_it_off()
    {
        await using var site = new PostgresDatelineFactory();
        site.RequireDatabase();

        var prepared = await PreparedAfterViewsAsync(site, ";Max Auto Prepare=0");

        Assert.Empty(prepared);
    }

    private static async Task<List<string>> PreparedAfterViewsAsync(PostgresDatelineFactory site, string settings = "")
    {
        site.Settings["ConnectionStrings:Dateline"] = site.ConnectionString + ";Maximum Pool Size=1" + settings;
        site.Settings["Caching:OutputCache"] = "false";
        var content = new TestContent(site);
        var article = await content.ArticleAsync(await content.SectionAsync());
        var client = site.CreateClient();
        for (var view = 0; view < Views; view++)
        {
            var response = await client.GetAsync(ArticlePaths.Article("en", article.Id, article.Slug));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        return await db.Database.SqlQueryRaw<string>("SELECT statement AS \"Value\" FROM pg_prepared_statements").ToListAsync();
    }
}
