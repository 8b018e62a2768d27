using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dateline.Web.Features.Operations.Health;

/// <summary>
/// Not ready once the host is shutting down, so a load balancer polling readiness during
/// <c>Shutdown:DrainDelay</c> takes the node out of rotation before it stops listening.
/// </summary>
internal sealed class StoppingHealthCheck(IHostApplicationLifetime lifetime) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(lifetime.ApplicationStopping.IsCancellationRequested
            ? HealthCheckResult.Unhealthy("The node is shutting down")
            : HealthCheckResult.Healthy("Serving"));
}
