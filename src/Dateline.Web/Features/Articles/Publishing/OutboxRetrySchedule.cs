namespace Dateline.Web.Features.Articles.Publishing;

/// <summary>
/// When an outbox consumer (webhooks, CDN purges) tries a failed row again: the first retry delay doubled for each
/// attempt so far, capped, then "equal jitter" (half fixed, half random) so the delays still grow while the rows one
/// outage failed together do not all come back at the same moment.
/// </summary>
public static class OutboxRetrySchedule
{
    /// <param name="attempts">Attempts made so far (1 after the first failure).</param>
    /// <param name="random">A value in [0, 1).</param>
    public static TimeSpan DelayAfter(int attempts, TimeSpan firstDelay, TimeSpan maxDelay, double random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempts, 1);
        var exponential = firstDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempts - 1, 30));
        var capped = Math.Min(exponential, maxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds((capped / 2) + (capped / 2 * random));
    }
}
