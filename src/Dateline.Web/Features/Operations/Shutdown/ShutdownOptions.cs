using System.ComponentModel.DataAnnotations;

namespace Dateline.Web.Features.Operations.Shutdown;

/// <summary>How the node stops on SIGTERM, bound from the <c>Shutdown</c> section.</summary>
public sealed class ShutdownOptions
{
    public const string SectionName = "Shutdown";

    /// <summary>
    /// The whole stop's budget (the host's <c>HostOptions.ShutdownTimeout</c>): the drain delay, the requests in
    /// flight, and every hosted service's flush. What is still running then is abandoned.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long the node keeps serving after SIGTERM while <c>/healthz/ready</c> already answers 503, so a load
    /// balancer that polls readiness takes it out of rotation before it stops listening. 0 behind a proxy that
    /// retries refused connections on another node.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan DrainDelay { get; set; } = TimeSpan.Zero;
}
