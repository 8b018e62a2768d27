using Dateline.Web.Features.Articles.Publishing;

namespace Dateline.Tests.Articles.Publishing;

public sealed class OutboxRetryScheduleTests
{
    private static readonly TimeSpan First = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Max = TimeSpan.FromHours(2);

    [Theory]
    [InlineData(1, 15, 30)]
    [InlineData(2, 30, 60)]
    [InlineData(3, 60, 120)]
    [InlineData(8, 1920, 3840)]
    public void Each_retry_waits_between_half_and_all_of_the_doubled_delay(int attempts, int leastSeconds, int mostSeconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(leastSeconds), OutboxRetrySchedule.DelayAfter(attempts, First, Max, 0));
        Assert.Equal(TimeSpan.FromSeconds(mostSeconds), OutboxRetrySchedule.DelayAfter(attempts, First, Max, 1));
    }

    [Fact]
    public void The_delay_stops_growing_at_the_maximum()
    {
        Assert.Equal(Max, OutboxRetrySchedule.DelayAfter(40, First, Max, 1));
        Assert.Equal(Max / 2, OutboxRetrySchedule.DelayAfter(40, First, Max, 0));
    }

    [Fact]
    public void Jitter_spreads_deliveries_that_failed_together()
    {
        var delays = Enumerable.Range(0, 50).Select(_ => OutboxRetrySchedule.DelayAfter(3, First, Max, Random.Shared.NextDouble())).ToList();

        Assert.All(delays, d => Assert.InRange(d, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(120)));
        Assert.True(delays.Distinct().Count() > 40);
    }
}
