namespace Dateline.Web.Features.Webhooks.Api;

public sealed record WebhookAttemptResponse(DateTime AttemptedAt, int? StatusCode, string? Error, int DurationMs);
