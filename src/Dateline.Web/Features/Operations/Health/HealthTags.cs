namespace Dateline.Web.Features.Operations.Health;

/// <summary>
/// Tags that place a health check on an endpoint. A feature adds its own readiness check with
/// <c>builder.Services.AddHealthChecks().AddCheck&lt;MyCheck&gt;("my-check", tags: [HealthTags.Ready])</c>;
/// <c>/healthz/ready</c> runs every check with this tag, <c>/healthz/live</c> runs none.
/// </summary>
public static class HealthTags
{
    /// <summary>The node can serve readers: its database, caches and storage answer.</summary>
    public const string Ready = "ready";
}
