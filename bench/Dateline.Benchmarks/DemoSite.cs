using Dateline.Testing;
using Dateline.Web.Features.Media;
using Dateline.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Dateline.Benchmarks;

/// <summary>
/// The real app, hosted in the benchmark's process over a fresh database seeded with the demo content, as on a
/// newcomer's first start: a SQLite file in a temporary folder, or a new database on the PostgreSQL server named by
/// DATELINE_TEST_POSTGRES. No request goes through it; benchmarks take services from <see cref="Services"/>.
/// </summary>
public sealed class DemoSite(DatabaseProvider provider) : WebApplicationFactory<Program>
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "dateline-bench", Guid.NewGuid().ToString("N"));
    private readonly string? _postgresDatabase = provider == DatabaseProvider.Postgres
        ? "dateline_bench_" + Guid.NewGuid().ToString("N")[..12]
        : null;

    /// <summary>Admin connection string of a PostgreSQL server the benchmark may create and drop a database on.</summary>
    public static string? PostgresServer =>
        Environment.GetEnvironmentVariable("DATELINE_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    /// <summary>Starts the app, which migrates and seeds, then leaves the machine to the reads being measured.</summary>
    public async Task StartAsync()
    {
        // Services starts the host; Program has migrated and seeded by the time it returns.
        var services = Services;

        // The seed queues a minute or more of image renditions; the reads never touch images, and the cutting would
        // take CPU from them on a small machine.
        await services.GetRequiredService<ImageRenditions>().StopAsync(CancellationToken.None);

        // A running app has planner statistics (the SQLite job makes them at start, PostgreSQL's autovacuum soon after
        // a bulk load); make sure they exist before the first measurement rather than racing them.
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }
        else
        {
            await services.GetServices<IHostedService>().OfType<SqlitePlannerStatistics>().Single().OptimizeAsync(CancellationToken.None);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        var settings = new Dictionary<string, string?>
        {
            ["Dateline:DataPath"] = _dataPath,
            ["Dateline:SeedDemoContent"] = "true",
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Dateline"] = _postgresDatabase is null ? "" : PostgresDatabase(_postgresDatabase),
            ["Weather:BackgroundRefresh"] = "false",
            // As bench/article.sh runs the app: informational logging would be measured with the reads.
            ["Logging:LogLevel:Default"] = "Warning",
        };

        // UseSetting, not ConfigureAppConfiguration: Program reads the provider and data path while building the host.
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_postgresDatabase is not null && PostgresServer is { } admin)
        {
            await ScratchDatabases.DropAsync(admin, _postgresDatabase);
        }

        if (Directory.Exists(_dataPath))
        {
            Directory.Delete(_dataPath, recursive: true);
        }
    }

    // The app creates a database that does not exist yet, as on a first deployment.
    private static string PostgresDatabase(string name) =>
        new NpgsqlConnectionStringBuilder(PostgresServer ?? throw new InvalidOperationException("DATELINE_TEST_POSTGRES is not set."))
        {
            Database = name,
        }.ConnectionString;
}
