using System.Diagnostics;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Testing;
using Dateline.Web.Features.Articles;
using Npgsql;

namespace Dateline.IntegrationTests.Operations;

/// <summary>The PostgreSQL procedure of docs/operations.md: pg_dump and the media folder, restored elsewhere.</summary>
public sealed class PostgresBackupTests
{
    [SkippableFact]
    public async Task A_pg_dump_and_the_media_folder_restore_the_site_into_an_empty_database()
    {
        await using var site = new PostgresDatelineFactory();
        site.RequireDatabase();
        var bin = PostgresTool("pg_dump");
        TestEnvironment.RequireOrSkip(bin is not null, "pg_dump and pg_restore");
        var content = new TestContent(site);
        var section = await content.SectionAsync();
        var article = await content.ArticleAsync(section, headline: "Dumped story");
        Assert.Equal(System.Net.HttpStatusCode.OK, (await site.CreateClient().GetAsync(ArticlePaths.Article("en", article.Id, article.Slug))).StatusCode);

        var work = Path.Combine(Path.GetTempPath(), "dateline-tests", Guid.NewGuid().ToString("N"));
        var restoredDatabase = "dateline_restore_" + Guid.NewGuid().ToString("N")[..12];
        var admin = TestEnvironment.PostgresConnectionString!;
        Directory.CreateDirectory(work);
        try
        {
            await RunAsync(bin!, "pg_dump", site.ConnectionString, "--format=custom", $"--file={Path.Combine(work, "dateline.dump")}");
            await RunAsync(null, "tar", null, "-czf", Path.Combine(work, "media.tar.gz"), "-C", site.DataPath, "media");
            await using (var connection = new NpgsqlConnection(admin))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{restoredDatabase}\"", connection);
                await create.ExecuteNonQueryAsync();
            }

            var restoredConnection = new NpgsqlConnectionStringBuilder(admin) { Database = restoredDatabase }.ConnectionString;
            await RunAsync(bin!, "pg_restore", restoredConnection, "--no-owner", Path.Combine(work, "dateline.dump"));
            var restoredData = Path.Combine(work, "data");
            Directory.CreateDirectory(restoredData);
            await RunAsync(null, "tar", null, "-xzf", Path.Combine(work, "media.tar.gz"), "-C", restoredData);

            await using var restored = new PostgresDatelineFactory();
            restored.Settings["ConnectionStrings:Dateline"] = restoredConnection;
            restored.Settings["Dateline:DataPath"] = restoredData;
            var client = restored.CreateClient();
            var page = await client.GetAsync(ArticlePaths.Article("en", article.Id, article.Slug));
            var html = await page.Content.ReadAsStringAsync();
            var image = System.Text.RegularExpressions.Regex.Match(html, "/media/[0-9]+/[0-9]+\\.jpg").Value;

            Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("Dumped story", html);
            Assert.NotEmpty(image);
            Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(image)).StatusCode);
        }
        finally
        {
            await ScratchDatabases.DropAsync(admin, restoredDatabase);
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>The folder holding PostgreSQL's client tools: on PATH, or Debian's versioned folder.</summary>
    private static string? PostgresTool(string name)
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').FirstOrDefault(d => File.Exists(Path.Combine(d, name)));
        if (onPath is not null)
        {
            return onPath;
        }

        return Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).OrderDescending().FirstOrDefault(d => File.Exists(Path.Combine(d, name)))
            : null;
    }

    private static async Task RunAsync(string? folder, string tool, string? npgsqlConnection, params string[] args)
    {
        var start = new ProcessStartInfo(folder is null ? tool : Path.Combine(folder, tool)) { RedirectStandardError = true, RedirectStandardOutput = true };
        if (npgsqlConnection is not null)
        {
            var c = new NpgsqlConnectionStringBuilder(npgsqlConnection);
            start.ArgumentList.Add($"--dbname=host={c.Host} port={c.Port} user={c.Username} dbname={c.Database}");
            start.Environment["PGPASSWORD"] = c.Password;
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {await error}");
    }
}
