using Dateline.Web.Features.Articles;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.MostRead;

/// <summary>
/// Every <see cref="MostReadOptions.FlushInterval"/>: writes this node's pending view counts into the hour's
/// <see cref="ArticleView"/> rows (adding to what other nodes wrote), then reads the lists back. On shutdown it flushes
/// once more in <see cref="StopAsync"/>, after the server has stopped taking requests (docs/operations.md, the flush
/// contract), so a restart loses no counted view. Counts of stories that are not published are dropped.
/// </summary>
public sealed class ViewFlusher(
    IServiceScopeFactory scopes,
    ViewCounter counter,
    MostReadLists lists,
    IOptions<MostReadOptions> options,
    TimeProvider clock,
    ILogger<ViewFlusher> logger) : BackgroundService
{
    private readonly SemaphoreSlim _running = new(1, 1);
    private DateTime _prunedHour;

    public static DateTime HourOf(DateTime utc) => new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerHour), DateTimeKind.Utc);

    /// <summary>Writes the pending counts, prunes old hours (once an hour), and refreshes the lists. Returns the views written.</summary>
    public async Task<long> RunOnceAsync(CancellationToken cancellationToken)
    {
        await _running.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
            var now = clock.GetUtcNow().UtcDateTime;
            var written = await FlushAsync(db, now, cancellationToken);
            if (HourOf(now) != _prunedHour)
            {
                var cutoff = HourOf(now - options.Value.Retention);
                await db.ArticleViews.Where(v => v.Hour < cutoff).ExecuteDeleteAsync(cancellationToken);
                _prunedHour = HourOf(now);
            }

            await lists.RefreshAsync(db, now, cancellationToken);
            return written;
        }
        finally
        {
            _running.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        using var timer = new PeriodicTimer(options.Value.FlushInterval, clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Writing view counts or reading the most-read lists failed; retrying");
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await _running.WaitAsync(cancellationToken);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var written = await FlushAsync(scope.ServiceProvider.GetRequiredService<DatelineDbContext>(), clock.GetUtcNow().UtcDateTime, cancellationToken);
                logger.LogInformation("Wrote {Views} pending views on shutdown", written);
            }
            finally
            {
                _running.Release();
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Writing view counts on shutdown failed");
        }
    }

    public override void Dispose()
    {
        base.Dispose();
        _running.Dispose();
        GC.SuppressFinalize(this);
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task<long> FlushAsync(DatelineDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var pending = counter.Drain();
        if (pending.Count == 0)
        {
            return 0;
        }

        var hour = HourOf(now);
        long written = 0;
        try
        {
            var ids = pending.Keys.ToList();
            var editions = await db.Articles.AsNoTracking()
                .Where(a => ids.Contains(a.Id) && a.Status == ArticleStatus.Published)
                .Select(a => new { a.Id, a.EditionCode })
                .ToDictionaryAsync(a => a.Id, a => a.EditionCode, cancellationToken);
            foreach (var articleId in ids)
            {
                if (editions.TryGetValue(articleId, out var edition))
                {
                    await AddAsync(db, articleId, edition, hour, pending[articleId], cancellationToken);
                    written += pending[articleId];
                }

                pending.Remove(articleId);
            }

            return written;
        }
        catch
        {
            counter.Restore(pending);
            throw;
        }
    }

    /// <summary>Adds to the hour's row, or creates it; a row another node created meanwhile is added to instead.</summary>
    private static async Task AddAsync(DatelineDbContext db, int articleId, string edition, DateTime hour, long views, CancellationToken cancellationToken)
    {
        if (await IncrementAsync(db, articleId, hour, views, cancellationToken) > 0)
        {
            return;
        }

        db.ArticleViews.Add(new ArticleView { ArticleId = articleId, EditionCode = edition, Hour = hour, Views = views });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            await IncrementAsync(db, articleId, hour, views, cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private static Task<int> IncrementAsync(DatelineDbContext db, int articleId, DateTime hour, long views, CancellationToken cancellationToken) =>
        db.ArticleViews.Where(v => v.ArticleId == articleId && v.Hour == hour)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Views, v => v.Views + views), cancellationToken);
}
