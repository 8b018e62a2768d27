using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Dateline.Web.Features.Operations.Health;

/// <summary>
/// Ready when the Redis that holds the shared output cache answers a PING, through the process's one multiplexer
/// (registered only when <c>Caching:Redis</c> is set, and so is this check).
/// </summary>
internal sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // A disconnected multiplexer queues commands until its sync timeout; say so at once instead.
        if (!redis.IsConnected)
        {
            return HealthCheckResult.Unhealthy("Redis does not answer: not connected to " + string.Join(", ", redis.GetEndPoints().Select(e => e.ToString())));
        }

        try
        {
            var latency = await redis.GetDatabase().PingAsync().WaitAsync(cancellationToken);
            return HealthCheckResult.Healthy($"PING answered in {latency.TotalMilliseconds:0.#} ms");
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("Redis does not answer: " + ex.Message);
        }
    }
}
