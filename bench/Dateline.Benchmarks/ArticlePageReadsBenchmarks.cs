using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Articles.Public;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.Benchmarks;

/// <summary>
/// The database reads of the uncached article page, without HTTP and Razor, on the demo content's seed article.
/// Each operation is one request's worth: a DI scope, <see cref="LiveArticles"/> from it, the reads, the scope disposed.
/// The single reads open the connection as the page's first read does, so each of them minus
/// <see cref="ScopeAndConnection"/> is what that read adds to the page.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 8)]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet ends the site's life in [GlobalCleanup], not Dispose.")]
public class ArticlePageReadsBenchmarks
{
    private const string Edition = "en";
    private const string SeedHeadline = "Lavrov to Blinken: Russia needs 'security guarantees' on borders";

    private DemoSite? _site;
    private IServiceScopeFactory _scopes = null!;
    private ArticleDetail _article = null!;

    [ParamsSource(nameof(Providers))]
    public DatabaseProvider Provider { get; set; }

    /// <summary>PostgreSQL joins SQLite when DATELINE_TEST_POSTGRES names a server.</summary>
    public static IEnumerable<DatabaseProvider> Providers =>
        DemoSite.PostgresServer is null ? [DatabaseProvider.Sqlite] : [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    [GlobalSetup]
    public async Task StartAsync()
    {
        _site = new DemoSite(Provider);
        await _site.StartAsync();
        _scopes = _site.Services.GetRequiredService<IServiceScopeFactory>();

        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        var id = await db.Articles.Where(a => a.EditionCode == Edition && a.Headline == SeedHeadline).Select(a => a.Id).SingleAsync();
        var articles = scope.ServiceProvider.GetRequiredService<LiveArticles>();
        _article = await articles.FindAsync(Edition, id, CancellationToken.None)
            ?? throw new InvalidOperationException($"The seed article {id} is not live.");

        // A page with nothing to show would measure little: say what each operation reads.
        var more = await articles.MoreOnTopicAsync(_article, ArticlePageModel.MoreOnTopicCount, CancellationToken.None);
        var translation = await articles.TranslationAsync(_article, CancellationToken.None);
        Console.WriteLine($"// {Provider}: article {_article.Path}, {_article.Topics.Count} topics, {_article.Authors.Count} authors, "
            + $"{more.Count} more on this topic, translation {(translation is null ? "none" : $"{translation.EditionCode} {translation.Id}")}");
    }

    [GlobalCleanup]
    public async Task StopAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }

    /// <summary>The calls ArticlePageModel.OnGetAsync makes, in its order.</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> ArticlePageReads()
    {
        await using var scope = _scopes.CreateAsyncScope();
        var articles = scope.ServiceProvider.GetRequiredService<LiveArticles>();
        var article = await articles.FindAsync(Edition, _article.Id, CancellationToken.None)
            ?? throw new InvalidOperationException("The seed article has gone.");
        var more = await articles.MoreOnTopicAsync(article, ArticlePageModel.MoreOnTopicCount, CancellationToken.None);
        var translation = await articles.TranslationAsync(article, CancellationToken.None);
        return more.Count + (translation is null ? 0 : 1);
    }

    /// <summary>What every operation here pays besides its statements: the scope and a pooled connection.</summary>
    [Benchmark]
    public async Task ScopeAndConnection()
    {
        await using var scope = _scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<LiveArticles>();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        await db.Database.OpenConnectionAsync();
        await db.Database.CloseConnectionAsync();
    }

    /// <summary>The article row, then its topics and authors.</summary>
    [Benchmark]
    public async Task<ArticleDetail?> Find()
    {
        await using var scope = _scopes.CreateAsyncScope();
        var articles = scope.ServiceProvider.GetRequiredService<LiveArticles>();
        return await articles.FindAsync(Edition, _article.Id, CancellationToken.None);
    }

    /// <summary>The editor's pins, then the stories sharing most topics.</summary>
    [Benchmark]
    public async Task<int> MoreOnTopic()
    {
        await using var scope = _scopes.CreateAsyncScope();
        var articles = scope.ServiceProvider.GetRequiredService<LiveArticles>();
        var db = await OpenAsync(scope);
        var more = await articles.MoreOnTopicAsync(_article, ArticlePageModel.MoreOnTopicCount, CancellationToken.None);
        await db.Database.CloseConnectionAsync();
        return more.Count;
    }

    /// <summary>The same story in the other edition.</summary>
    [Benchmark]
    public async Task<TranslationLink?> Translation()
    {
        await using var scope = _scopes.CreateAsyncScope();
        var articles = scope.ServiceProvider.GetRequiredService<LiveArticles>();
        var db = await OpenAsync(scope);
        var translation = await articles.TranslationAsync(_article, CancellationToken.None);
        await db.Database.CloseConnectionAsync();
        return translation;
    }

    // On the page these reads run on the connection FindAsync opened and holds; alone, EF would open and close one
    // around each statement instead.
    private static async Task<DatelineDbContext> OpenAsync(AsyncServiceScope scope)
    {
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        await db.Database.OpenConnectionAsync();
        return db;
    }
}
