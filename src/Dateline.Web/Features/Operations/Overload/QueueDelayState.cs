namespace Dateline.Web.Features.Operations.Overload;

/// <summary>
/// Decides from thread-pool probes whether the node is overloaded, CoDel style: the queue delay must have stayed above
/// the target for a whole window (a garbage collection or a burst that drains by itself sheds nothing), and the node
/// stops shedding as soon as one probe comes back under the target. Timestamps are <see cref="TimeProvider"/>
/// timestamps; every member is safe to call from any thread.
/// </summary>
public sealed class QueueDelayState(long target, long window)
{
    private long _aboveSince;
    private long _pendingSince;
    private long _lastDelay;

    /// <summary>The delay the last probe measured, in timestamp units.</summary>
    public long LastDelay => Volatile.Read(ref _lastDelay);

    /// <summary>A probe was queued at <paramref name="timestamp"/>.</summary>
    public void Queued(long timestamp) => Volatile.Write(ref _pendingSince, timestamp);

    /// <summary>The probe queued at <paramref name="queuedAt"/> ran at <paramref name="ranAt"/>.</summary>
    public void Ran(long queuedAt, long ranAt)
    {
        var delay = ranAt - queuedAt;
        Volatile.Write(ref _lastDelay, delay);
        if (delay <= target)
        {
            Volatile.Write(ref _aboveSince, 0);
        }
        else if (Volatile.Read(ref _aboveSince) == 0)
        {
            // The delay crossed the target when this probe had waited that long, not when it finally ran.
            Volatile.Write(ref _aboveSince, queuedAt + target);
        }

        Volatile.Write(ref _pendingSince, 0);
    }

    /// <summary>
    /// Whether the queue delay has been above the target for at least the window at <paramref name="now"/>. A probe
    /// still waiting counts as soon as it has waited longer than the target, so a queue that has stopped moving is seen
    /// without waiting for the probe to come back.
    /// </summary>
    public bool IsOverloaded(long now)
    {
        var aboveSince = Volatile.Read(ref _aboveSince);
        if (aboveSince == 0)
        {
            var pendingSince = Volatile.Read(ref _pendingSince);
            if (pendingSince == 0 || now - pendingSince <= target)
            {
                return false;
            }

            aboveSince = pendingSince + target;
        }

        return now - aboveSince >= window;
    }
}
