using Dateline.Web.Features.Operations.Overload;

namespace Dateline.Tests.Operations;

public sealed class QueueDelayStateTests
{
    // Timestamps in milliseconds: target 20, window 50.
    private readonly QueueDelayState _state = new(target: 20, window: 50);

    [Fact]
    public void Probes_that_wait_less_than_the_target_never_shed()
    {
        for (var t = 0L; t < 1_000; t += 30)
        {
            _state.Queued(t);
            Assert.False(_state.IsOverloaded(t + 19));
            _state.Ran(t, t + 19);
        }

        Assert.False(_state.IsOverloaded(1_000));
        Assert.Equal(19, _state.LastDelay);
    }

    [Fact]
    public void A_delay_above_the_target_sheds_only_once_it_has_lasted_the_window()
    {
        _state.Queued(0);
        _state.Ran(0, 40);

        // Above the target since 20 (when the probe had waited that long), so overloaded from 70 on.
        Assert.False(_state.IsOverloaded(69));
        Assert.True(_state.IsOverloaded(70));
    }

    [Fact]
    public void A_probe_still_waiting_counts_without_coming_back()
    {
        _state.Queued(100);

        Assert.False(_state.IsOverloaded(120));
        Assert.False(_state.IsOverloaded(169));
        Assert.True(_state.IsOverloaded(170));
    }

    [Fact]
    public void One_probe_under_the_target_stops_the_shedding_at_once()
    {
        _state.Queued(0);
        _state.Ran(0, 100);
        _state.Queued(110);
        Assert.True(_state.IsOverloaded(115));

        _state.Ran(110, 115);

        Assert.False(_state.IsOverloaded(116));
        Assert.False(_state.IsOverloaded(10_000));
    }

    [Fact]
    public void The_window_runs_from_the_first_probe_above_the_target_not_the_latest()
    {
        _state.Queued(0);
        _state.Ran(0, 30);
        _state.Queued(40);
        _state.Ran(40, 65);

        Assert.True(_state.IsOverloaded(70));
    }
}
