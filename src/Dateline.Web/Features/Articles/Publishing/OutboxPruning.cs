using System.Linq.Expressions;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.Articles.Publishing;

/// <summary>
/// Deletes finished outbox rows older than <see cref="OutboxPruningOptions.Retention"/>, at start and then every
/// <see cref="OutboxPruningOptions.Interval"/>, each feature's rows in batches of
/// <see cref="OutboxPruningOptions.BatchSize"/>, one short statement per batch, so the delivery log and the purge
/// queue stay the size of the retention window rather than of the site's history.
/// </summary>
public sealed class OutboxPruning(
    IServiceScopeFactory scopes,
    IEnumerable<IOutboxPruner> pruners,
    IOptions<OutboxPruningOptions> options,
    TimeProvider clock,
    ILogger<OutboxPruning> logger) : BackgroundService
{
    /// <summary>Prunes every feature's old rows; returns how many were deleted in all.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var cutoff = clock.GetUtcNow().UtcDateTime - settings.Retention;
        var total = 0;
        foreach (var pruner in pruners)
        {
            try
            {
                var deleted = 0;
                int batch;
                do
                {
                    // A scope per batch: each is its own short statement, and the context tracks nothing between them.
                    await using var scope = scopes.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
                    batch = await pruner.PruneAsync(db, cutoff, settings.BatchSize, cancellationToken);
                    deleted += batch;
                }
                while (batch >= settings.BatchSize);

                if (deleted > 0)
                {
                    logger.LogInformation("Deleted {Count} {Rows} finished before {Cutoff:O}", deleted, pruner.Rows, cutoff);
                }

                total += deleted;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The next run tries again; one feature's failure must not stop the others'.
                logger.LogError(ex, "Pruning {Rows} failed", pruner.Rows);
            }
        }

        return total;
    }

    /// <summary>
    /// Deletes the <paramref name="batchSize"/> lowest-id rows of <paramref name="finished"/>: reads their ids, then
    /// deletes those of them that still match <paramref name="finished"/> (a row may have been requeued in between),
    /// in two plain statements that both providers run alike. Returns how many ids were read, so a full batch means
    /// there may be more.
    /// </summary>
    public static async Task<int> DeleteBatchAsync<T>(
        IQueryable<T> finished, Expression<Func<T, long>> id, int batchSize, CancellationToken cancellationToken) where T : class
    {
        var ids = await finished.OrderBy(id).Select(id).Take(batchSize).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return 0;
        }

        var isRead = Expression.Lambda<Func<T, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(long)], Expression.Constant(ids), id.Body), id.Parameters);
        await finished.Where(isRead).ExecuteDeleteAsync(cancellationToken);
        return ids.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        try
        {
            do
            {
                await RunOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
