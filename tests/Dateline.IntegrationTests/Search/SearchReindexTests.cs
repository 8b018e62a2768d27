using System.CommandLine;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Infrastructure.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.Search;

public sealed class SearchReindexTests
{
    [Fact]
    public async Task Search_reindex_adds_a_story_that_never_went_through_the_change_feed_and_reports_its_rate()
    {
        await using var site = new SearchFactory();
        var content = new TestContent(site);
        var section = await content.SectionAsync();
        var client = site.CreateClient();
        var published = await Newsroom.PublishAsync(site, section, $"Published normally {content.Unique}");
        await Newsroom.EventuallyAsync(client, "en", content.Unique, Newsroom.Finds(published));
        // Written straight to the database, as a restore or a bulk import would: no event, so only a rebuild finds it.
        var imported = await content.ArticleAsync(section, headline: $"Imported quietly {content.Unique}", withImage: false);
        var before = await Newsroom.SearchAsync(client, "en", content.Unique);

        var (exitCode, output) = await RunVerbAsync(site, "search", "reindex");
        var after = await Newsroom.SearchAsync(client, "en", content.Unique);

        Assert.DoesNotContain(before.Results, r => r.Id == imported.Id);
        Assert.True(exitCode == 0, output);
        Assert.Matches(@"Indexed \d+ stories in [\d.]+ s \([\d,]+/s\)", output);
        Assert.Equal(new[] { published.Id, imported.Id }.Order(), after.Results.Select(r => r.Id).Order());
    }

    private static async Task<(int ExitCode, string Output)> RunVerbAsync(SearchFactory site, params string[] args)
    {
        var verb = site.Services.GetServices<ICliVerb>().Single(v => v.Name == args[0]);
        var root = new RootCommand { verb.CreateCommand(site.Services) };
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
}
