using System.ComponentModel.DataAnnotations;

namespace Dateline.Web.Features.Webhooks;

/// <summary>Webhook delivery, bound from the <c>Webhooks</c> section.</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Webhooks";

    /// <summary>Run the sender on this node. Deliveries are still written by every node; any sending node sends them.</summary>
    public bool Dispatch { get; set; } = true;

    /// <summary>How often the sender looks for due deliveries when nothing has woken it (a publish on this node does).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Deliveries one node leases at a time.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 20;

    /// <summary>Requests one node has in flight at once.</summary>
    [Range(1, 64)]
    public int Concurrency { get; set; } = 4;

    /// <summary>Attempts before a delivery is marked failed (about four hours with the default delays).</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 10;

    /// <summary>Delay before the first retry; each further retry doubles it (with jitter), up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How long one request may take before it counts as failed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a node holds a delivery it is sending; longer than <see cref="Timeout"/>, so only a dead node's lease runs out.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);
}
