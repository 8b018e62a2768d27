using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Articles.Publishing;
using Dateline.Web.Features.CdnPurge;
using Dateline.Web.Features.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.Articles.Publishing;

/// <summary>Finished outbox rows older than the retention go, in batches, on each database; everything else stays.</summary>
public abstract class OutboxPruningTests(OutboxPruningFactory factory)
{
    private static readonly DateTime Old = DateTime.UtcNow.AddDays(-40);
    private static readonly DateTime Recent = DateTime.UtcNow.AddDays(-1);
    private readonly TestContent _content = new(factory);

    [SkippableFact]
    public async Task Delivered_and_given_up_rows_past_the_retention_go_with_their_attempts_and_the_rest_stay()
    {
        factory.RequireDatabase();
        var article = await _content.ArticleAsync(await _content.SectionAsync(), withImage: false);
        var endpoint = new WebhookEndpoint { Url = "http://127.0.0.1:9/hooks", Events = "article.published", Secret = "whsec_dGVzdA==", CreatedAt = Old, DisabledAt = Old };
        var articleEvent = new ArticleEvent { ArticleId = article.Id, EditionCode = "en", Kind = ArticleEventKind.Published, OccurredAt = Old };
        WebhookDelivery Delivery(WebhookDeliveryStatus status, DateTime due, DateTime? delivered, int attempts)
        {
            var delivery = new WebhookDelivery
            {
                Endpoint = endpoint,
                ArticleEvent = articleEvent,
                MessageId = "msg_" + Guid.NewGuid().ToString("N"),
                EventType = "article.published",
                Status = status,
                CreatedAt = Old,
                NextAttemptAt = due,
                DeliveredAt = delivered,
                Attempts = attempts,
            };
            for (var i = 0; i < attempts; i++)
            {
                delivery.AttemptLog.Add(new WebhookAttempt { AttemptedAt = due, StatusCode = 500, DurationMs = 3 });
            }

            return delivery;
        }

        CdnPurgeRequest Purge(DateTime? completed, bool gaveUp, DateTime due) =>
            new() { ArticleEvent = articleEvent, CreatedAt = Old, CompletedAt = completed, GaveUp = gaveUp, NextAttemptAt = due, Attempts = 1 };

        // Five old delivered ones, so the pruning takes several batches of two.
        var oldDelivered = Enumerable.Range(0, 5).Select(_ => Delivery(WebhookDeliveryStatus.Delivered, Old, Old, 2)).ToList();
        var oldFailed = Delivery(WebhookDeliveryStatus.Failed, Old, null, 3);
        var recentDelivered = Delivery(WebhookDeliveryStatus.Delivered, Recent, Recent, 1);
        var oldPending = Delivery(WebhookDeliveryStatus.Pending, Old, null, 1);
        var failedLately = Delivery(WebhookDeliveryStatus.Failed, Recent, null, 4);
        var oldSent = Purge(Old, false, Old);
        var oldGivenUp = Purge(null, true, Old);
        var recentSent = Purge(Recent, false, Recent);
        var oldWaiting = Purge(null, false, Old);
        await factory.SeedAsync((db, _) =>
        {
            db.WebhookDeliveries.AddRange([.. oldDelivered, oldFailed, recentDelivered, oldPending, failedLately]);
            db.CdnPurgeRequests.AddRange(oldSent, oldGivenUp, recentSent, oldWaiting);
            return Task.CompletedTask;
        });
        var pruning = factory.Services.GetRequiredService<OutboxPruning>();

        var deleted = await pruning.RunOnceAsync(CancellationToken.None);

        Assert.Equal(oldDelivered.Count + 1 + 2, deleted);
        var deliveries = await _content.QueryAsync(db => db.WebhookDeliveries.Where(d => d.EndpointId == endpoint.Id).Select(d => d.Id).ToListAsync());
        Assert.Equal(new[] { recentDelivered.Id, oldPending.Id, failedLately.Id }.Order(), deliveries.Order());
        var attempts = await _content.QueryAsync(db => db.WebhookAttempts
            .Where(a => db.WebhookDeliveries.Any(d => d.Id == a.DeliveryId && d.EndpointId == endpoint.Id) || a.DeliveryId == oldFailed.Id || a.DeliveryId == oldDelivered[0].Id)
            .GroupBy(a => a.DeliveryId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync());
        Assert.Equal(
            [(recentDelivered.Id, 1), (oldPending.Id, 1), (failedLately.Id, 4)],
            attempts.Select(a => (a.Key, a.Count)).OrderBy(a => a.Key));
        var purges = await _content.QueryAsync(db => db.CdnPurgeRequests.Where(r => r.ArticleEventId == articleEvent.Id).Select(r => r.Id).ToListAsync());
        Assert.Equal(new[] { recentSent.Id, oldWaiting.Id }.Order(), purges.Order());

        Assert.Equal(0, await pruning.RunOnceAsync(CancellationToken.None));
        Assert.Empty(factory.Warnings);
    }
}
