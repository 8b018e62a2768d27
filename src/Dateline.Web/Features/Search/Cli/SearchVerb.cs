using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Dateline.Web.Infrastructure.Cli;

namespace Dateline.Web.Features.Search.Cli;

/// <summary>
/// <c>search reindex</c>: rebuilds this node's index from the database (run it with the node stopped: a running node
/// holds the index, and rebuilds it by itself when its folder is deleted). <c>search corpus --count N --scratch</c>:
/// fills the configured (scratch) database with generated stories for the benchmark.
/// </summary>
internal sealed class SearchVerb : ICliVerb
{
    public string Name => "search";

    public Command CreateCommand(IServiceProvider services)
    {
        var command = new Command(Name, "Search index maintenance.");

        var reindex = new Command("reindex", "Rebuild the search index from the database.");
        reindex.SetAction(async (_, cancellationToken) => await ReindexAsync(services, cancellationToken));
        command.Subcommands.Add(reindex);

        var count = new Option<int>("--count") { Description = "How many stories to generate.", DefaultValueFactory = _ => 100_000 };
        var scratch = new Option<bool>("--scratch") { Description = "Confirm the configured database is a scratch one: stories are added to it." };
        var corpus = new Command("corpus", "Generate stories (half Arabic, half English) into a scratch database for benchmarks.") { count, scratch };
        corpus.SetAction(async (parse, cancellationToken) =>
        {
            if (!parse.GetValue(scratch))
            {
                await Console.Error.WriteLineAsync("Refusing to add generated stories without --scratch: point Database:Provider and ConnectionStrings:Dateline (or Dateline:DataPath) at a scratch database first.");
                return 2;
            }

            await DatelineCli.PrepareDatabaseAsync(services, cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var generator = ActivatorUtilities.CreateInstance<SearchCorpus>(scope.ServiceProvider);
            var total = parse.GetValue(count);
            var progress = new ProgressBar("Generating", total);
            await generator.GenerateAsync(total, progress.Report, cancellationToken);
            progress.Finish();
            return 0;
        });
        command.Subcommands.Add(corpus);
        return command;
    }

    private static async Task<int> ReindexAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await DatelineCli.PrepareDatabaseAsync(services, cancellationToken);
        var index = services.GetRequiredService<SearchIndex>();
        index.ExactFolderOnly = true;
        await using var scope = services.CreateAsyncScope();
        var indexing = scope.ServiceProvider.GetRequiredService<ArticleIndexing>();
        ProgressBar? progress = null;
        var started = Stopwatch.GetTimestamp();
        var done = await indexing.RebuildAsync(
            (done, total) => (progress ??= new ProgressBar("Indexing", total)).Report(done),
            cancellationToken);
        progress?.Finish();
        var elapsed = Stopwatch.GetElapsedTime(started);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Indexed {done:N0} stories in {elapsed.TotalSeconds:N1} s ({done / Math.Max(elapsed.TotalSeconds, 0.001):N0}/s) into {index.Folder} ({index.SizeOnDisk() / 1048576.0:N1} MiB)."));
        return 0;
    }
}
