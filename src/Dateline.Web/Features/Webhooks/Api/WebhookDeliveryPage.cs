namespace Dateline.Web.Features.Webhooks.Api;

/// <param name="Next">Pass as <c>before</c> for older deliveries; null on the last page.</param>
public sealed record WebhookDeliveryPage(IReadOnlyList<WebhookDeliveryResponse> Deliveries, long? Next);
