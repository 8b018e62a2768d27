using Dateline.Web.Features.Articles.Publishing;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.Search;

/// <summary>
/// Keeps this node's index current from the <see cref="ArticleEvent"/> feed, which every node reads, so a story
/// published on any node is searchable everywhere within <see cref="SearchOptions.PollInterval"/> (at once on the node
/// that published it, which wakes this through <see cref="IArticleEventSubscriber"/>). A node that was down starts from
/// the position stored in its index; one without an index builds it first. Events are applied idempotently (the story
/// is read again as it is now), so reading the look-back window twice costs only time.
/// </summary>
public sealed class SearchIndexFollower(
    IServiceScopeFactory scopes,
    SearchIndex index,
    IOptions<SearchOptions> options,
    TimeProvider clock,
    ILogger<SearchIndexFollower> logger) : BackgroundService, IArticleEventSubscriber
{
    private const int FeedBatch = 1000;

    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly SemaphoreSlim _running = new(1, 1);

    /// <summary>Events at or below the position applied within the look-back window, with when they occurred.</summary>
    private readonly Dictionary<long, DateTime> _recent = [];

    private readonly TaskCompletionSource _caughtUp = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the index has been built (if it had to be) and has read the feed to its end once.</summary>
    public Task CaughtUp => _caughtUp.Task;

    /// <summary>Raised after changes to these stories became searchable (related-story lists depend on them).</summary>
    public event Action<IReadOnlyCollection<int>>? Applied;

    public Task OnCommittedAsync(ArticleEvent articleEvent, CancellationToken cancellationToken)
    {
        if (_wake.CurrentCount == 0)
        {
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another publish woke it first; one wake-up covers both.
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Builds the index if it has none, then applies every feed event not yet applied. Returns how many.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await _running.WaitAsync(cancellationToken);
        try
        {
            var applied = await FollowAsync(cancellationToken);
            _caughtUp.TrySetResult();
            return applied;
        }
        finally
        {
            _running.Release();
        }
    }

    private async Task<int> FollowAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        var indexing = scope.ServiceProvider.GetRequiredService<ArticleIndexing>();
        if (!index.IsBuilt)
        {
            var started = clock.GetTimestamp();
            var count = await indexing.RebuildAsync(null, cancellationToken);
            logger.LogInformation("Built the search index at {Folder}: {Count} stories in {Elapsed}", index.Folder, count, clock.GetElapsedTime(started));
            _recent.Clear();
        }

        var applied = 0;
        while (true)
        {
            var position = index.Position;
            var cutoff = clock.GetUtcNow().UtcDateTime - options.Value.LookBack;
            var events = await db.ArticleEvents.AsNoTracking()
                .Where(e => e.Id > position || e.OccurredAt >= cutoff)
                .OrderBy(e => e.Id)
                .Select(e => new { e.Id, e.ArticleId, e.OccurredAt })
                .Take(FeedBatch + _recent.Count)
                .ToListAsync(cancellationToken);
            var fresh = events.Where(e => e.Id > position || !_recent.ContainsKey(e.Id)).Take(FeedBatch).ToList();
            foreach (var old in _recent.Where(r => r.Value < cutoff).Select(r => r.Key).ToList())
            {
                _recent.Remove(old);
            }

            if (fresh.Count == 0)
            {
                return applied;
            }

            var articleIds = fresh.Select(e => e.ArticleId).Distinct().ToList();
            await indexing.ApplyAsync(articleIds, cancellationToken);
            index.Commit(Math.Max(position, fresh.Max(e => e.Id)));
            foreach (var e in fresh)
            {
                _recent[e.Id] = e.OccurredAt;
            }

            applied += fresh.Count;
            Applied?.Invoke(articleIds);
            if (fresh.Count < FeedBatch)
            {
                return applied;
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting (and migrations run) before the first read; a rebuild may take a while.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
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
                logger.LogError(ex, "Updating the search index failed; retrying");
            }

            try
            {
                await _wake.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public override void Dispose()
    {
        base.Dispose();
        _wake.Dispose();
        _running.Dispose();
        GC.SuppressFinalize(this);
    }
}
