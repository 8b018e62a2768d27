using Dateline.Web.Features.Operations.Overload;
using Microsoft.Extensions.Options;

namespace Dateline.Tests.Operations;

/// <summary>Saturates the process's thread pool on purpose, so it runs alone.</summary>
[CollectionDefinition(nameof(QueueDelayMonitorTests), DisableParallelization = true)]
[Collection(nameof(QueueDelayMonitorTests))]
public sealed class QueueDelayMonitorTests
{
    [Fact]
    public void The_monitor_sees_work_piling_up_in_the_thread_pool_and_lets_go_when_it_drains()
    {
        using var monitor = new QueueDelayMonitor(
            Options.Create(new OverloadOptions { QueueDelayTargetMilliseconds = 20, QueueDelayWindowMilliseconds = 50 }),
            TimeProvider.System);
        Assert.True(monitor.IsEnabled);
        WaitUntil(() => !monitor.IsOverloaded, TimeSpan.FromSeconds(10));

        // Far more CPU-bound work than the cores can take at once, queued where Kestrel queues requests.
        var work = Environment.ProcessorCount * 40;
        using var done = new CountdownEvent(work);
        for (var i = 0; i < work; i++)
        {
            ThreadPool.UnsafeQueueUserWorkItem(
                static d =>
                {
                    var until = Environment.TickCount64 + 25;
                    while (Environment.TickCount64 < until)
                    {
                        Thread.SpinWait(1_000);
                    }

                    d.Signal();
                },
                done,
                preferLocal: false);
        }

        var sawOverload = WaitUntil(() => monitor.IsOverloaded, TimeSpan.FromSeconds(10));
        done.Wait(TimeSpan.FromSeconds(60));
        var recovered = WaitUntil(() => !monitor.IsOverloaded, TimeSpan.FromSeconds(10));

        Assert.True(sawOverload, "the monitor never reported the saturated thread pool");
        Assert.True(recovered, $"the monitor still reports overload after the queue drained (last delay {monitor.LastDelay})");
    }

    [Fact]
    public void With_no_target_the_monitor_runs_no_thread_and_never_sheds()
    {
        using var monitor = new QueueDelayMonitor(Options.Create(new OverloadOptions { QueueDelayTargetMilliseconds = 0 }), TimeProvider.System);

        Assert.False(monitor.IsEnabled);
        Assert.False(monitor.IsOverloaded);
    }

    private static bool WaitUntil(Func<bool> condition, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (condition())
            {
                return true;
            }

            // Thread.Sleep, not Task.Delay: the continuation of a delay would itself wait in the saturated queue.
            Thread.Sleep(5);
        }

        return condition();
    }
}
