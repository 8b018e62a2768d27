namespace Dateline.Web.Features.Webhooks;

/// <summary>The body of every delivery, in the Standard Webhooks shape: type, timestamp (of the event), data.</summary>
public sealed record WebhookPayload(string Type, DateTime Timestamp, WebhookArticleData Data);
