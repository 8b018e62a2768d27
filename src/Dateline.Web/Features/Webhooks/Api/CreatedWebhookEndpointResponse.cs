namespace Dateline.Web.Features.Webhooks.Api;

/// <summary>A new endpoint with its signing secret, which is shown this once.</summary>
public sealed record CreatedWebhookEndpointResponse(WebhookEndpointResponse Endpoint, string Secret);
