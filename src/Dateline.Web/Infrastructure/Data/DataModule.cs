using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Infrastructure.Data;

public static class DataModule
{
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

                builder.Services.AddDbContextPool<DatelineDbContext, PostgresDatelineDbContext>(o =>
                    o.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history")));
                break;
            default:
                var sqlite = SqliteConnectionString(builder.Configuration, connectionString);
                builder.Services.AddDbContextPool<DatelineDbContext, SqliteDatelineDbContext>(o =>
                    o.UseSqlite(sqlite, s => s.MigrationsHistoryTable("__ef_migrations_history")));
                builder.Services.AddHostedService<SqlitePlannerStatistics>();
                break;
        }

        return builder;
    }

    /// <summary>Migrates, and seeds demo content into an empty database when configured to.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        if (options.MigrateOnStart)
        {
            await db.Database.MigrateAsync();
        }

        if (db.Database.IsSqlite())
        {
            // WAL lets readers proceed while the newsroom writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        foreach (var step in scope.ServiceProvider.GetServices<IStartupDataStep>().OrderBy(s => s.Order))
        {
            await step.RunAsync(db, app.Lifetime.ApplicationStopping);
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
