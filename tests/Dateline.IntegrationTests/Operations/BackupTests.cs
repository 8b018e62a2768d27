using System.CommandLine;
using System.Diagnostics;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Articles;
using Dateline.Web.Infrastructure.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.Operations;

public sealed class BackupTests
{
    private static async Task<(int ExitCode, string Output)> RunVerbAsync(DatelineFactory factory, params string[] args)
    {
        var verb = factory.Services.GetServices<ICliVerb>().Single(v => v.Name == "backup");
        var root = new RootCommand { verb.CreateCommand(factory.Services) };
        var output = new StringWriter();
        var previous = Console.Out;
        Console.SetOut(output);
        try
        {
            return (await root.Parse(args).InvokeAsync(), output.ToString());
        }
        finally
        {
            Console.SetOut(previous);
        }
    }

    [Fact]
    public async Task A_backup_taken_while_the_site_serves_restores_its_content_and_media_through_the_cli_into_an_empty_folder()
    {
        await using var site = new DatelineFactory();
        var content = new TestContent(site);
        var section = await content.SectionAsync();
        var article = await content.ArticleAsync(section, headline: "Backed up story");
        var client = site.CreateClient();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(ArticlePaths.Article("en", article.Id, article.Slug))).StatusCode);
        var archive = Path.Combine(site.DataPath, "..", $"backup-{Guid.NewGuid():N}.tar.gz");
        var media = Directory.GetFiles(Path.Combine(site.DataPath, "media"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(site.DataPath, "media"), f)).Order().ToList();

        var (created, createOutput) = await RunVerbAsync(site, "backup", "create", "--to", archive);

        var restoredData = Path.Combine(Path.GetTempPath(), "dateline-tests", Guid.NewGuid().ToString("N"));
        try
        {
            // The real binary on an empty data folder: restore must put the backup in place without migrating first.
            var (restored, restoreOutput) = await RunBinaryAsync(restoredData, "backup", "restore", "--from", archive);
            await using var restoredSite = new RestoredSite(restoredData);
            var page = await restoredSite.CreateClient().GetAsync(ArticlePaths.Article("en", article.Id, article.Slug));

            Assert.True(created == 0, createOutput);
            Assert.Contains("media: ", createOutput);
            Assert.True(restored == 0, restoreOutput);
            Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("Backed up story", await page.Content.ReadAsStringAsync());
            Assert.NotEmpty(media);
            Assert.Equal(media, Directory.GetFiles(Path.Combine(restoredData, "media"), "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Path.Combine(restoredData, "media"), f)).Order().ToList());
        }
        finally
        {
            File.Delete(archive);
            if (Directory.Exists(restoredData))
            {
                Directory.Delete(restoredData, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Restore_refuses_a_database_that_has_tables_unless_forced()
    {
        await using var site = new DatelineFactory();
        var content = new TestContent(site);
        var section = await content.SectionAsync();
        var kept = await content.ArticleAsync(section, headline: "In the backup");
        var archive = Path.Combine(site.DataPath, "..", $"backup-{Guid.NewGuid():N}.tar.gz");
        await RunVerbAsync(site, "backup", "create", "--to", archive);
        var later = await content.ArticleAsync(section, headline: "After the backup");

        try
        {
            var (refused, refusal) = await RunVerbAsync(site, "backup", "restore", "--from", archive);
            var stillThere = await site.CreateClient().GetAsync(ArticlePaths.Article("en", later.Id, later.Slug));
            var (forced, _) = await RunVerbAsync(site, "backup", "restore", "--from", archive, "--force");
            var client = site.CreateClient();
            var gone = await client.GetAsync(ArticlePaths.Article("en", later.Id, later.Slug) + "?after-restore");
            var back = await client.GetAsync(ArticlePaths.Article("en", kept.Id, kept.Slug) + "?after-restore");

            Assert.Equal(1, refused);
            Assert.Contains("--force", refusal);
            Assert.Equal(System.Net.HttpStatusCode.OK, stillThere.StatusCode);
            Assert.Equal(0, forced);
            Assert.Equal(System.Net.HttpStatusCode.NotFound, gone.StatusCode);
            Assert.Equal(System.Net.HttpStatusCode.OK, back.StatusCode);
        }
        finally
        {
            File.Delete(archive);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunBinaryAsync(string dataPath, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Dateline.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Dateline__DataPath"] = dataPath;
        start.Environment["Dateline__SeedDemoContent"] = "false";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["ConnectionStrings__Dateline"] = "";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    /// <summary>A host over a data folder that a restore has filled.</summary>
    private sealed class RestoredSite(string dataPath) : DatelineFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Dateline:DataPath", dataPath);
        }
    }
}
