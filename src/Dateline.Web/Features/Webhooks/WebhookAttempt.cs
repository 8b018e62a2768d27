namespace Dateline.Web.Features.Webhooks;

/// <summary>One try at sending a delivery: the delivery log an administrator reads.</summary>
public sealed class WebhookAttempt
{
    public long Id { get; set; }

    public long DeliveryId { get; set; }

    /// <summary>UTC.</summary>
    public DateTime AttemptedAt { get; set; }

    /// <summary>The receiver's status code; null when there was no response (refused, timed out).</summary>
    public int? StatusCode { get; set; }

    public string? Error { get; set; }

    public int DurationMs { get; set; }
}
