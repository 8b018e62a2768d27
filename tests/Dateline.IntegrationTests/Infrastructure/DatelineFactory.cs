using System.Collections.Concurrent;
using Dateline.Testing;
using Dateline.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Dateline.IntegrationTests.Infrastructure;

/// <summary>
/// The real host over a real database: a fresh SQLite file in a temporary folder, or a fresh PostgreSQL database
/// created on the server named by DATELINE_TEST_POSTGRES. Warnings the app logs are collected so tests can fail on them.
/// </summary>
public class DatelineFactory : WebApplicationFactory<Program>
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "dateline-tests", Guid.NewGuid().ToString("N"));
    private readonly Lazy<string> _connectionString;
    private readonly DatelineFactory? _site;
    private string? _postgresDatabase;

    public DatelineFactory() : this(DatabaseProvider.Sqlite)
    {
    }

    protected DatelineFactory(DatabaseProvider provider)
    {
        Provider = provider;
        _connectionString = new(() => provider == DatabaseProvider.Postgres ? CreatePostgresDatabase() : "");
    }

    private DatelineFactory(DatelineFactory site) : this(site.Provider)
    {
        _site = site;
        SeedDemoContent = site.SeedDemoContent;
    }

    public DatabaseProvider Provider { get; }

    /// <summary>Seed the demo content on start (the crawler and browser journeys want it; most tests seed their own).</summary>
    public bool SeedDemoContent { get; init; }

    /// <summary>
    /// On PostgreSQL, leave the test database for the app to create (its name is still this factory's, and it is
    /// still dropped on dispose), as on a deployment whose database does not exist yet.
    /// </summary>
    public bool LeavePostgresDatabaseToTheApp { get; init; }

    public ConcurrentQueue<string> Warnings { get; } = new();

    public string DataPath => _site?.DataPath ?? _dataPath;

    /// <summary>"" for SQLite, whose file is found through <see cref="DataPath"/>; the database is created on first use.</summary>
    public string ConnectionString => _site?.ConnectionString ?? _connectionString.Value;

    /// <summary>Extra configuration a test class needs (e.g. a fake weather provider's address).</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    public bool IsAvailable => Provider == DatabaseProvider.Sqlite || TestEnvironment.PostgresConnectionString is not null;

    public void RequireDatabase() => TestEnvironment.RequireOrSkip(IsAvailable, "PostgreSQL (DATELINE_TEST_POSTGRES)");

    /// <summary>
    /// Another node of this site: its own host on the same database and data folder, which this factory keeps
    /// (and removes when disposed), so both can be started at once.
    /// </summary>
    public DatelineFactory AnotherNode() => new(this);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");

        // Serve wwwroot as a build (not a publish) lays it out: pre-compressed assets live under obj/, and only the
        // static web assets manifest leads there; outside Development the host does not read it by itself.
        builder.UseStaticWebAssets();
        var settings = new Dictionary<string, string?>
        {
            ["Dateline:DataPath"] = DataPath,
            ["Dateline:SeedDemoContent"] = SeedDemoContent ? "true" : "false",
            ["Database:Provider"] = Provider.ToString(),
            ["ConnectionStrings:Dateline"] = ConnectionString,
            // No test reaches the real weather provider; weather tests start a fake and call WeatherRefresh themselves.
            ["Weather:BackgroundRefresh"] = "false",
            // Every test client comes from one address; tests of the sign-in limit set their own.
            ["Newsroom:SignInPermitLimit"] = "100000",
            // AVIF encodes cost seconds of CPU per image; tests that want them turn this on.
            ["Media:AvifInBackground"] = "false",
            // Dozens of hosts share two cores in a test run: thread-pool queue delays there are the test run's, not a
            // spike's, and must not shed requests. OverloadTests turn it on with a queue delay they control.
            ["Overload:QueueDelayTargetMilliseconds"] = "0",
        };
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        // UseSetting, not ConfigureAppConfiguration: Program reads the provider, connection string and data path
        // while building the host, before app-configuration callbacks from the factory have been applied.
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(new WarningCollector(Warnings)));
    }

    public async Task SeedAsync(Func<DatelineDbContext, IServiceProvider, Task> seed)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        await seed(db, scope.ServiceProvider);
        await db.SaveChangesAsync();
    }

    private string CreatePostgresDatabase()
    {
        var admin = TestEnvironment.PostgresConnectionString
            ?? throw new InvalidOperationException("DATELINE_TEST_POSTGRES is not set.");
        _postgresDatabase = "dateline_test_" + Guid.NewGuid().ToString("N")[..12];
        if (!LeavePostgresDatabaseToTheApp)
        {
            using var connection = new NpgsqlConnection(admin);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{_postgresDatabase}\"";
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(admin) { Database = _postgresDatabase }.ConnectionString;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_site is not null)
        {
            GC.SuppressFinalize(this);
            return;
        }

        if (_postgresDatabase is not null && TestEnvironment.PostgresConnectionString is { } admin)
        {
            await ScratchDatabases.DropAsync(admin, _postgresDatabase);
        }

        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }

        GC.SuppressFinalize(this);
    }

    private sealed class WarningCollector(ConcurrentQueue<string> sink) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, sink);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> sink) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel) && !IsFreshKeyRingNotice(eventId))
                {
                    sink.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
                }
            }

            // Every test host starts with an empty data folder and so creates a data-protection key, which logs
            // "No XML encryptor configured" (event 35); a real host logs it once per key, every 90 days.
            private bool IsFreshKeyRingNotice(EventId eventId) =>
                eventId.Id == 35 && category == "Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager";
        }
    }
}
