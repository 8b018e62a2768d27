using Dateline.Web.Features.Media;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dateline.Web.Features.Operations.Health;

/// <summary>
/// Ready when media storage takes a write: renditions are made on a reader's first request, so a node that cannot
/// store them fails readers. Writes and deletes a small probe through <see cref="IMediaStorage"/>, whatever backs it.
/// </summary>
internal sealed class MediaStorageHealthCheck(IMediaStorage storage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var key = $"healthz/probe-{Environment.ProcessId}-{Guid.NewGuid():N}";
        try
        {
            using var probe = new MemoryStream([1], writable: false);
            await storage.WriteAsync(key, probe, "application/octet-stream", cancellationToken);
            await storage.DeleteAsync(key, cancellationToken);
            return HealthCheckResult.Healthy("Media storage takes writes");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return HealthCheckResult.Unhealthy("Media storage cannot be written: " + ex.Message);
        }
    }
}
