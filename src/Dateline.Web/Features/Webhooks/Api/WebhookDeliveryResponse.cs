namespace Dateline.Web.Features.Webhooks.Api;

public sealed record WebhookDeliveryResponse(
    long Id,
    string MessageId,
    string EventType,
    int ArticleId,
    string Status,
    int Attempts,
    DateTime CreatedAt,
    DateTime? NextAttemptAt,
    DateTime? DeliveredAt,
    int? LastStatusCode,
    string? LastError,
    IReadOnlyList<WebhookAttemptResponse> AttemptLog)
{
    public static WebhookDeliveryResponse From(WebhookDelivery d) => new(
        d.Id,
        d.MessageId,
        d.EventType,
        d.ArticleEvent?.ArticleId ?? 0,
        d.Status.ToString().ToLowerInvariant(),
        d.Attempts,
        d.CreatedAt,
        d.Status == WebhookDeliveryStatus.Pending ? d.NextAttemptAt : null,
        d.DeliveredAt,
        d.LastStatusCode,
        d.LastError,
        [.. d.AttemptLog.Select(a => new WebhookAttemptResponse(a.AttemptedAt, a.StatusCode, a.Error, a.DurationMs))]);
}
