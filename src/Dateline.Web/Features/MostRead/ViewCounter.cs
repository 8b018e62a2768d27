using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.MostRead;

/// <summary>
/// This node's views since the last flush, per story, in memory. Recording is a lock-free increment, so counting costs
/// a request almost nothing; <see cref="ViewFlusher"/> drains the counts into the database in one batch.
/// </summary>
public sealed class ViewCounter(IOptions<MostReadOptions> options)
{
    private readonly ConcurrentDictionary<int, long> _pending = new();
    private int _pendingStories;
    private long _dropped;

    /// <summary>Views dropped because <see cref="MostReadOptions.MaxPendingStories"/> stories were already pending.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    public void Record(int articleId, long views = 1)
    {
        if (!_pending.ContainsKey(articleId))
        {
            if (Volatile.Read(ref _pendingStories) >= options.Value.MaxPendingStories)
            {
                Interlocked.Add(ref _dropped, views);
                return;
            }

            Interlocked.Increment(ref _pendingStories);
        }

        _pending.AddOrUpdate(articleId, static (_, added) => added, static (_, count, added) => count + added, views);
    }

    /// <summary>
    /// Takes every pending count. A view recorded while this runs either is taken now or stays for the next drain:
    /// each story's count is removed atomically, never read and then reset.
    /// </summary>
    public Dictionary<int, long> Drain()
    {
        var drained = new Dictionary<int, long>();
        foreach (var articleId in _pending.Keys)
        {
            if (_pending.TryRemove(articleId, out var views))
            {
                drained[articleId] = views;
            }
        }

        Volatile.Write(ref _pendingStories, _pending.Count);
        return drained;
    }

    /// <summary>Puts back counts a flush could not write, so they go with the next one.</summary>
    public void Restore(IEnumerable<KeyValuePair<int, long>> counts)
    {
        foreach (var (articleId, views) in counts)
        {
            _pending.AddOrUpdate(articleId, static (_, added) => added, static (_, count, added) => count + added, views);
        }

        Volatile.Write(ref _pendingStories, _pending.Count);
    }
}
