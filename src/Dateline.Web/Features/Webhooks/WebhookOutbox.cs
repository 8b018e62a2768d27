using Dateline.Web.Features.Articles.Publishing;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Webhooks;

/// <summary>Adds one delivery per subscribed, enabled endpoint to the article change's own transaction.</summary>
internal sealed class WebhookOutbox(TimeProvider clock) : IArticleEventOutbox
{
    public async ValueTask EnqueueAsync(ArticleEvent articleEvent, DatelineDbContext db, CancellationToken cancellationToken)
    {
        var type = WebhookEventTypes.Of(articleEvent.Kind);
        var endpoints = await db.WebhookEndpoints.AsNoTracking()
            .Where(e => e.DisabledAt == null && e.Events.Contains(type))
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var endpoint in endpoints.Where(e => e.Wants(type)))
        {
            db.WebhookDeliveries.Add(new WebhookDelivery
            {
                EndpointId = endpoint.Id,
                ArticleEvent = articleEvent,
                MessageId = "msg_" + Guid.CreateVersion7().ToString("N"),
                EventType = type,
                Status = WebhookDeliveryStatus.Pending,
                CreatedAt = now,
                NextAttemptAt = now,
            });
        }
    }
}
