using Dateline.Web.Features.Accounts;
using Dateline.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Dateline.Web.Features.Webhooks.Newsroom;

/// <summary>
/// One endpoint's delivery log, newest first, each delivery with its attempts, and a Redeliver button that calls
/// <see cref="WebhookSubscriptions.RedeliverAsync"/>, as the management API does.
/// </summary>
[Authorize(Policy = NewsroomPolicies.Admin)]
public sealed class WebhookDeliveriesPageModel(WebhookSubscriptions subscriptions) : NewsroomPageModel
{
    public const int PageSize = 50;

    public WebhooksText Strings => WebhooksText.For(UiLanguage);

    public WebhookEndpoint Endpoint { get; private set; } = null!;

    public IReadOnlyList<WebhookDelivery> Deliveries { get; private set; } = [];

    /// <summary>The <c>before</c> of the next (older) page, when there is one.</summary>
    public long? Older { get; private set; }

    [FromQuery(Name = "redelivered")]
    public long? Redelivered { get; set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, long? before, CancellationToken cancellationToken) =>
        await LoadAsync(id, before, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRedeliverAsync(int id, long deliveryId, CancellationToken cancellationToken)
    {
        if (await subscriptions.RedeliverAsync(deliveryId, cancellationToken))
        {
            return RedirectToPage(null, new { id, redelivered = deliveryId });
        }

        if (!await subscriptions.DeliveryExistsAsync(deliveryId, cancellationToken) || !await LoadAsync(id, null, cancellationToken))
        {
            return NotFound();
        }

        Problem = WebhooksPageModel.Format(Strings.RedeliverBusy, deliveryId);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> LoadAsync(int id, long? before, CancellationToken cancellationToken)
    {
        if (await subscriptions.FindAsync(id, cancellationToken) is not { } endpoint)
        {
            return false;
        }

        Endpoint = endpoint;
        Title = WebhooksPageModel.Format(Strings.DeliveryLogOf, endpoint.Url);
        var deliveries = await subscriptions.DeliveriesAsync(id, before, PageSize + 1, cancellationToken);
        Deliveries = [.. deliveries.Take(PageSize)];
        Older = deliveries.Count > PageSize ? Deliveries[^1].Id : null;
        return true;
    }
}
