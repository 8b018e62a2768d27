namespace Dateline.Web.Features.Webhooks.Api;

/// <param name="Url">Absolute http(s) address the deliveries are POSTed to.</param>
/// <param name="Events">Any of article.published, article.updated, article.unpublished, article.corrected.</param>
/// <param name="Description">Who or what receives them (at most 200 characters).</param>
public sealed record CreateWebhookEndpointRequest(string? Url, IReadOnlyList<string>? Events, string? Description);
