namespace Dateline.Web.Features.Webhooks.Api;

public sealed record WebhookEndpointResponse(
    int Id, string Url, string? Description, IReadOnlyList<string> Events, bool Enabled, DateTime CreatedAt, DateTime? DisabledAt)
{
    public static WebhookEndpointResponse From(WebhookEndpoint e) =>
        new(e.Id, e.Url, e.Description, e.EventList, e.DisabledAt is null, e.CreatedAt, e.DisabledAt);
}
