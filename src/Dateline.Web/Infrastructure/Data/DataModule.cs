using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Dateline.Web.Infrastructure.Data;

public static class DataModule
{
    /// <summary>How long a starting node waits for another to finish the startup data steps (demo content takes seconds).</summary>
    private static readonly TimeSpan StartupLockWait = TimeSpan.FromMinutes(5);

    /// <summary>PostgreSQL advisory lock id for migrating; any constant no other application on the database uses.</summary>
    private const long MigrationLockKey = 0x0da7e1_0001;

    public static IHostApplicationBuilder AddData(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName);
        var database = builder.Configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new();
        var connectionString = builder.Configuration.GetConnectionString("Dateline");

        switch (database.Provider)
        {
            case DatabaseProvider.Postgres:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new OptionsValidationException("ConnectionStrings:Dateline", typeof(DatabaseOptions),
                        ["Database:Provider is Postgres, so ConnectionStrings:Dateline must be set."]);
                }

                var postgres = WithAutoPrepare(connectionString);
                builder.Services.AddDbContextPool<DatelineDbContext, PostgresDatelineDbContext>(o =>
                    o.UseNpgsql(postgres, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history")));
                break;
            default:
                SqliteEngine.Configure();
                var sqlite = SqliteConnectionString(builder.Configuration, connectionString);
                builder.Services.AddDbContextPool<DatelineDbContext, SqliteDatelineDbContext>(o =>
                    o.UseSqlite(sqlite, s => s.MigrationsHistoryTable("__ef_migrations_history")));
                builder.Services.AddHostedService<SqlitePlannerStatistics>();
                break;
        }

        return builder;
    }

    /// <summary>Statements each physical connection keeps prepared unless the connection string says otherwise.</summary>
    public const int DefaultMaxAutoPrepare = 64;

    /// <summary>
    /// Turns on Npgsql's automatic preparation unless the operator's connection string sets <c>Max Auto Prepare</c>
    /// (0 turns it off, as a PgBouncer in transaction mode needs). A statement run five times on a physical connection
    /// is prepared there and skips PostgreSQL's parse and plan from then on: the article page's reads went from 4.1 to
    /// 1.5 ms (bench/data.sh). EF selects columns by name, so columns added by a migration do not disturb them;
    /// a column whose type a migration changes fails a prepared read once on each connection that had prepared it, after
    /// which Npgsql prepares it again (npgsql/npgsql#4015).
    /// </summary>
    public static string WithAutoPrepare(string connectionString)
    {
        // Npgsql's own builder reports every keyword it knows as present; the generic one holds only what was written.
        var written = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (written.Keys.Cast<string>().Any(k => k.Replace(" ", "", StringComparison.Ordinal).Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase)))
        {
            return connectionString;
        }

        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = DefaultMaxAutoPrepare }.ConnectionString;
    }

    /// <summary>
    /// Migrates, then runs the startup data steps (default editions, demo content); safe for several nodes starting at
    /// once on one database.
    /// </summary>
    public static Task PrepareDatabaseAsync(this WebApplication app) =>
        app.Services.PrepareDatabaseAsync(app.Lifetime.ApplicationStopping);

    /// <summary>Migrates (when configured) and runs the startup data steps; the site and the CLI verbs both call it.</summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        if (options.MigrateOnStart)
        {
            await MigrateAsync(db, cancellationToken);
        }

        if (db.Database.IsSqlite())
        {
            // WAL lets readers proceed while the newsroom writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await RunStartupDataStepsAsync(scope.ServiceProvider, db, cancellationToken);
    }

    /// <summary>
    /// EF Core locks the database while it migrates, but on PostgreSQL (Npgsql's lock is a table lock) only for the
    /// length of each migration's transaction: two nodes migrating a fresh database take turns per migration and the
    /// second then applies one the first has just applied. A session advisory lock held for the whole run keeps them
    /// apart. SQLite's migration lock already spans the run. A PostgreSQL database that does not exist yet is created
    /// first, under the same lock key taken in the maintenance database (there is nothing to lock on until it exists).
    /// </summary>
    private static async Task MigrateAsync(DatelineDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            await db.Database.MigrateAsync(cancellationToken);
            return;
        }

        await CreatePostgresDatabaseAsync(db, cancellationToken);

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var commandTimeout = db.Database.GetCommandTimeout();
            db.Database.SetCommandTimeout(StartupLockWait);
            try
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken);
            }
            finally
            {
                db.Database.SetCommandTimeout(commandTimeout);
            }

            try
            {
                // Migrate reads the history table before creating it, which Npgsql logs as a failed command on a new
                // database; creating it first (idempotent script) keeps that error out of the log.
                await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
                await db.Database.MigrateAsync(cancellationToken);
            }
            finally
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Creates the configured PostgreSQL database when it does not exist. Nodes starting together take turns under
    /// an advisory lock in the server's maintenance database ("postgres", where EF's creator connects to create it),
    /// so the second finds the database the first created instead of failing on CREATE DATABASE.
    /// </summary>
    private static async Task CreatePostgresDatabaseAsync(DatelineDbContext db, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken))
        {
            return;
        }

        var maintenance = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var command = new NpgsqlCommand($"SELECT pg_advisory_lock({MigrationLockKey})", connection) { CommandTimeout = (int)StartupLockWait.TotalSeconds })
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        // The lock is the session's: closing the connection (Pooling=false) releases it, whatever happens below.
        if (!await creator.ExistsAsync(cancellationToken))
        {
            await creator.CreateAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Runs the steps in one transaction that begins by locking the startup row. Nodes starting together on one database
    /// queue on that lock: the first runs the steps, the others wait and then find the work done, as steps are
    /// idempotent. The transaction, not a flag, holds the lock, so a node that dies half-way leaves neither the lock
    /// nor half its rows behind. Migrations take their own lock (EF Core's), before this one.
    /// </summary>
    private static async Task RunStartupDataStepsAsync(IServiceProvider services, DatelineDbContext db, CancellationToken cancellationToken)
    {
        await using var transaction = await LockStartupDataAsync(db, services.GetRequiredService<TimeProvider>(), cancellationToken);
        foreach (var step in services.GetServices<IStartupDataStep>().OrderBy(s => s.Order))
        {
            await step.RunAsync(db, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<IDbContextTransaction> LockStartupDataAsync(DatelineDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        // Waiting for the lock may take as long as another node's seeding; the steps themselves keep the usual timeouts.
        // SQLite takes its write lock at BEGIN, which waits by the connection's default timeout, not a command's.
        var commandTimeout = db.Database.GetCommandTimeout();
        var sqlite = db.Database.GetDbConnection() as SqliteConnection;
        var sqliteTimeout = sqlite?.DefaultTimeout ?? 0;
        db.Database.SetCommandTimeout(StartupLockWait);
        sqlite?.DefaultTimeout = (int)StartupLockWait.TotalSeconds;
        IDbContextTransaction? transaction = null;
        try
        {
            transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var now = time.GetUtcNow().UtcDateTime;
            var locked = await db.StartupLocks
                .Where(l => l.Name == StartupLock.StartupData)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(l => l.HeldBy, $"{Environment.MachineName}:{Environment.ProcessId}")
                    .SetProperty(l => l.HeldAt, now), cancellationToken);
            if (locked == 0)
            {
                throw new InvalidOperationException(
                    $"The '{StartupLock.StartupData}' row of StartupLocks is missing; the migrations create it, so apply them.");
            }

            return transaction;
        }
        catch
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }

            throw;
        }
        finally
        {
            db.Database.SetCommandTimeout(commandTimeout);
            sqlite?.DefaultTimeout = sqliteTimeout;
        }
    }

    private static string SqliteConnectionString(IConfiguration configuration, string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var dataPath = Path.GetFullPath(configuration[$"{DatelineOptions.SectionName}:{nameof(DatelineOptions.DataPath)}"] ?? "data");
        Directory.CreateDirectory(dataPath);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataPath, "dateline.db"),
            Cache = SqliteCacheMode.Private,
            Pooling = true,
        }.ToString();
    }
}
