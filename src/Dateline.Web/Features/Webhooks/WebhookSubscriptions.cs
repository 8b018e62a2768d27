using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Webhooks;

/// <summary>What administrators do with webhooks, for the management API and the <c>webhooks</c> verb alike.</summary>
public sealed class WebhookSubscriptions(DatelineDbContext db, TimeProvider clock)
{
    /// <summary>Field name → messages for each problem with a new endpoint; empty when it may be created.</summary>
    public static Dictionary<string, string[]> Validate(string? url, IReadOnlyCollection<string>? events, string? description)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(url) || url.Length > 2000
            || !Uri.TryCreate(url, UriKind.Absolute, out var address)
            || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp))
        {
            errors["url"] = ["An absolute http or https address of at most 2,000 characters."];
        }

        if (events is null || events.Count == 0)
        {
            errors["events"] = ["At least one of: " + string.Join(", ", WebhookEventTypes.All) + "."];
        }
        else if (events.FirstOrDefault(e => !WebhookEventTypes.All.Contains(e)) is { } unknown)
        {
            errors["events"] = [$"Unknown event type \"{unknown}\"; use " + string.Join(", ", WebhookEventTypes.All) + "."];
        }

        if (description is { Length: > 200 })
        {
            errors["description"] = ["At most 200 characters."];
        }

        return errors;
    }

    /// <summary>Creates an enabled endpoint with a new secret; call <see cref="Validate"/> first.</summary>
    public async Task<WebhookEndpoint> CreateAsync(string url, IReadOnlyCollection<string> events, string? description, CancellationToken cancellationToken)
    {
        var endpoint = new WebhookEndpoint
        {
            Url = url.Trim(),
            Events = string.Join(' ', WebhookEventTypes.All.Where(events.Contains)),
            Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim(),
            Secret = WebhookSignature.NewSecret(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.WebhookEndpoints.Add(endpoint);
        await db.SaveChangesAsync(cancellationToken);
        return endpoint;
    }

    public Task<List<WebhookEndpoint>> ListAsync(CancellationToken cancellationToken) =>
        db.WebhookEndpoints.AsNoTracking().OrderBy(e => e.Id).ToListAsync(cancellationToken);

    public Task<WebhookEndpoint?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.WebhookEndpoints.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);

    /// <summary>Removes the endpoint and its delivery log; false when there is none.</summary>
    public async Task<bool> DeleteAsync(int id, CancellationToken cancellationToken) =>
        await db.WebhookEndpoints.Where(e => e.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;

    /// <summary>Enables or disables an endpoint; null when there is none.</summary>
    public async Task<WebhookEndpoint?> SetEnabledAsync(int id, bool enabled, CancellationToken cancellationToken)
    {
        var endpoint = await db.WebhookEndpoints.SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (endpoint is null)
        {
            return null;
        }

        endpoint.DisabledAt = enabled ? null : endpoint.DisabledAt ?? clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return endpoint;
    }

    /// <summary>The endpoint's newest deliveries (ids below <paramref name="before"/> when given), each with its attempts.</summary>
    public Task<List<WebhookDelivery>> DeliveriesAsync(int endpointId, long? before, int count, CancellationToken cancellationToken) =>
        db.WebhookDeliveries.AsNoTracking()
            .Include(d => d.AttemptLog.OrderBy(a => a.Id))
            .Include(d => d.ArticleEvent)
            .Where(d => d.EndpointId == endpointId && (before == null || d.Id < before))
            .OrderByDescending(d => d.Id)
            .Take(count)
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Sends a delivery again with the same webhook-id (receivers that saw it can tell), with a fresh allowance of
    /// attempts; false when there is no such delivery or it is being sent right now.
    /// </summary>
    public async Task<bool> RedeliverAsync(long deliveryId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.WebhookDeliveries
            .Where(d => d.Id == deliveryId && (d.LeaseExpiresAt == null || d.LeaseExpiresAt < now))
            .ExecuteUpdateAsync(
                u => u.SetProperty(d => d.Status, WebhookDeliveryStatus.Pending)
                    .SetProperty(d => d.Attempts, 0)
                    .SetProperty(d => d.NextAttemptAt, now)
                    .SetProperty(d => d.LeaseToken, (string?)null)
                    .SetProperty(d => d.LeaseExpiresAt, (DateTime?)null),
                cancellationToken) > 0;
    }

    public Task<bool> DeliveryExistsAsync(long deliveryId, CancellationToken cancellationToken) =>
        db.WebhookDeliveries.AnyAsync(d => d.Id == deliveryId, cancellationToken);
}
