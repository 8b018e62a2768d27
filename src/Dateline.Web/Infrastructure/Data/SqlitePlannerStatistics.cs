using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Infrastructure.Data;

/// <summary>
/// Keeps SQLite's query-planner statistics current, as SQLite advises for long-lived applications
/// (<c>PRAGMA optimize</c> at start and then periodically). Without statistics SQLite guesses that the
/// (edition, status, published) index is selective and drives "More on this Topic" from every live article of
/// the edition instead of from the article's few topics and pins. PostgreSQL keeps its own statistics.
/// </summary>
public sealed class SqlitePlannerStatistics(IServiceScopeFactory scopes, ILogger<SqlitePlannerStatistics> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await OptimizeAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Statistics only steer the planner; a failed run must never take the site down.
                logger.LogWarning(e, "SQLite PRAGMA optimize failed; the next run is in {Interval}", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task OptimizeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        if (!db.Database.IsSqlite())
        {
            return;
        }

        // analysis_limit bounds the work on a large database; 0x10002 asks optimize to consider every table.
        await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit=1000; PRAGMA optimize=0x10002;", cancellationToken);
    }
}
