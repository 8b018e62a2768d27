namespace Dateline.Web.Features.Webhooks;

public enum WebhookDeliveryStatus
{
    /// <summary>Waiting for its first or next attempt.</summary>
    Pending,

    /// <summary>The receiver answered 2xx.</summary>
    Delivered,

    /// <summary>Every attempt failed (or the receiver answered 410 Gone); an administrator may redeliver it.</summary>
    Failed,
}
