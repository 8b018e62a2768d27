using Dateline.Web.Features.Articles.Publishing;

namespace Dateline.Web.Features.Webhooks;

/// <summary>
/// One message for one endpoint: the outbox row written in the same transaction as the article change, then the
/// delivery's state. A node that sends it first leases it (<see cref="LeaseToken"/>, <see cref="LeaseExpiresAt"/>), so
/// no two nodes send it at once, and a node that dies mid-send only delays it until the lease runs out.
/// </summary>
public sealed class WebhookDelivery
{
    public long Id { get; set; }

    public int EndpointId { get; set; }
    public WebhookEndpoint? Endpoint { get; set; }

    public long ArticleEventId { get; set; }
    public ArticleEvent? ArticleEvent { get; set; }

    /// <summary>The <c>webhook-id</c> header: the same on every attempt, so receivers can de-duplicate.</summary>
    public required string MessageId { get; set; }

    /// <summary>A <see cref="WebhookEventTypes"/> name.</summary>
    public required string EventType { get; set; }

    /// <summary>The JSON body, fixed at the first attempt so every retry sends the same bytes.</summary>
    public string? Payload { get; set; }

    public WebhookDeliveryStatus Status { get; set; }

    public int Attempts { get; set; }

    /// <summary>UTC.</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>UTC; when the next attempt is due.</summary>
    public DateTime NextAttemptAt { get; set; }

    /// <summary>Set by the node sending it; a concurrency token, so a node whose lease was taken over cannot record.</summary>
    public string? LeaseToken { get; set; }

    /// <summary>UTC.</summary>
    public DateTime? LeaseExpiresAt { get; set; }

    /// <summary>UTC.</summary>
    public DateTime? DeliveredAt { get; set; }

    public int? LastStatusCode { get; set; }

    public string? LastError { get; set; }

    public List<WebhookAttempt> AttemptLog { get; } = [];
}
