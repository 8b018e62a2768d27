using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.Operations.Overload;

/// <summary>
/// Measures how long work waits in the thread pool's global queue, where Kestrel queues every request it has read
/// before any middleware runs. When the CPU is saturated, requests pile up there, out of sight of a concurrency
/// limiter (which only counts the requests that reached it), so the limiter also asks this monitor. A dedicated thread
/// queues one small probe at a time, about every <see cref="ProbeInterval"/>, and records how long it waited; asking is
/// two volatile reads and a timestamp, nothing on the hot path allocates.
/// </summary>
public sealed class QueueDelayMonitor : IDisposable
{
    /// <summary>Pause between probes: often enough to react within a few of them, rare enough to cost nothing.</summary>
    public static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(10);

    private readonly TimeProvider _time;
    private readonly QueueDelayState? _state;
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _probeDone = new(0, 1);
    private readonly Thread? _thread;

    public QueueDelayMonitor(IOptions<OverloadOptions> options, TimeProvider time)
    {
        _time = time;
        var settings = options.Value;
        if (!settings.Enabled || settings.QueueDelayTargetMilliseconds == 0)
        {
            return;
        }

        _state = new QueueDelayState(
            Ticks(TimeSpan.FromMilliseconds(settings.QueueDelayTargetMilliseconds)),
            Ticks(TimeSpan.FromMilliseconds(settings.QueueDelayWindowMilliseconds)));
        _thread = new Thread(Probe) { IsBackground = true, Name = "Dateline queue-delay probe" };
        _thread.Start();
    }

    /// <summary>A monitor over a state the caller drives, with no probe thread (tests of the limiter's decisions).</summary>
    internal QueueDelayMonitor(QueueDelayState state, TimeProvider time)
    {
        _time = time;
        _state = state;
    }

    /// <summary>Whether the monitor runs (the limiter is on and a queue-delay target is set).</summary>
    public bool IsEnabled => _state is not null;

    /// <summary>The wait the last probe measured.</summary>
    public TimeSpan LastDelay => _state is null ? TimeSpan.Zero : TimeSpan.FromTicks(_state.LastDelay * TimeSpan.TicksPerSecond / _time.TimestampFrequency);

    /// <summary>Whether requests have been waiting longer than the target for the whole window, right now.</summary>
    public bool IsOverloaded => _state is not null && _state.IsOverloaded(_time.GetTimestamp());

    public void Dispose()
    {
        _stop.Cancel();
        if (_thread is null || _thread.Join(TimeSpan.FromSeconds(1)))
        {
            _stop.Dispose();
        }
    }

    private long Ticks(TimeSpan span) => (long)(span.TotalSeconds * _time.TimestampFrequency);

    private void Probe()
    {
        var state = _state!;
        var token = _stop.Token;
        try
        {
            while (!token.IsCancellationRequested)
            {
                var queuedAt = _time.GetTimestamp();
                state.Queued(queuedAt);
                // preferLocal: false puts the probe at the back of the global queue, behind the requests Kestrel queued.
                ThreadPool.UnsafeQueueUserWorkItem(
                    static s =>
                    {
                        var (monitor, queued) = s;
                        monitor._state!.Ran(queued, monitor._time.GetTimestamp());
                        monitor._probeDone.Release();
                    },
                    (this, queuedAt),
                    preferLocal: false);
                _probeDone.Wait(token);
                token.WaitHandle.WaitOne(ProbeInterval);
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed: the host is stopping.
        }
    }
}
