using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Articles.Publishing;
using Dateline.Web.Infrastructure.Data;
using Dateline.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.Webhooks;

/// <summary>
/// Sends due deliveries, on start and then whenever this node commits an article event or
/// <see cref="WebhookOptions.PollInterval"/> passes. Any number of nodes may run it on one database: a node leases a
/// batch with one conditional UPDATE (still pending, still due, lease free or expired) and then sends only the rows
/// that carry its lease token. A second node's UPDATE waits for the first one's row locks and then no longer matches
/// (PostgreSQL re-checks the condition on the committed row; SQLite serializes writers), so a row is sent by one node.
/// The result is recorded only while the lease is still this node's (the token is a concurrency token).
/// </summary>
public sealed class WebhookDispatcher(
    IServiceScopeFactory scopes,
    IHttpClientFactory httpClients,
    IOptions<WebhookOptions> options,
    PublicUrls publicUrls,
    TimeProvider clock,
    ILogger<WebhookDispatcher> logger) : BackgroundService, IArticleEventSubscriber
{
    public const string HttpClientName = "Webhooks";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public Task OnCommittedAsync(ArticleEvent articleEvent, CancellationToken cancellationToken)
    {
        _wake.Writer.TryWrite(true);
        return Task.CompletedTask;
    }

    /// <summary>Leases and sends one batch of due deliveries; returns how many this node sent (or tried to).</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var token = Guid.NewGuid().ToString("N");
        List<long> leased;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
            var due = await db.WebhookDeliveries.AsNoTracking()
                .Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now
                    && (d.LeaseExpiresAt == null || d.LeaseExpiresAt < now)
                    && d.Endpoint!.DisabledAt == null)
                .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Id)
                .Select(d => d.Id)
                .Take(settings.BatchSize)
                .ToListAsync(cancellationToken);
            if (due.Count == 0)
            {
                return 0;
            }

            var until = now + settings.Lease;
            await db.WebhookDeliveries
                .Where(d => due.Contains(d.Id) && d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now
                    && (d.LeaseExpiresAt == null || d.LeaseExpiresAt < now))
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.LeaseToken, token).SetProperty(d => d.LeaseExpiresAt, until), cancellationToken);
            leased = await db.WebhookDeliveries.AsNoTracking().Where(d => d.LeaseToken == token).Select(d => d.Id).ToListAsync(cancellationToken);
        }

        await Parallel.ForEachAsync(
            leased,
            new ParallelOptions { MaxDegreeOfParallelism = settings.Concurrency, CancellationToken = cancellationToken },
            async (id, ct) =>
            {
                try
                {
                    await SendAsync(id, token, ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // Its lease runs out and it is tried again; one bad row must not stop the batch.
                    logger.LogError(ex, "Sending webhook delivery {DeliveryId} failed", id);
                }
            });
        return leased.Count;
    }

    private async Task SendAsync(long id, string token, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        var delivery = await db.WebhookDeliveries
            .Include(d => d.Endpoint)
            .Include(d => d.ArticleEvent).ThenInclude(e => e!.Article)
            .SingleOrDefaultAsync(d => d.Id == id && d.LeaseToken == token, cancellationToken);
        if (delivery is null)
        {
            return;
        }

        var endpoint = delivery.Endpoint!;
        delivery.Payload ??= PayloadOf(delivery);
        var attemptedAt = clock.GetUtcNow();
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url)
        {
            Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json"),
        };
        var timestamp = attemptedAt.ToUnixTimeSeconds();
        request.Headers.TryAddWithoutValidation(WebhookSignature.IdHeader, delivery.MessageId);
        request.Headers.TryAddWithoutValidation(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation(WebhookSignature.SignatureHeader, WebhookSignature.Sign(endpoint.Secret, delivery.MessageId, timestamp, delivery.Payload));

        int? status = null;
        string? error = null;
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                error = string.Create(CultureInfo.InvariantCulture, $"The receiver answered {status}.");
            }
        }
        catch (HttpRequestException ex)
        {
            error = ex.Message;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"No answer within {settings.Timeout.TotalSeconds} s.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        delivery.Attempts++;
        delivery.AttemptLog.Add(new WebhookAttempt
        {
            AttemptedAt = attemptedAt.UtcDateTime,
            StatusCode = status,
            Error = Truncate(error),
            DurationMs = (int)watch.ElapsedMilliseconds,
        });
        delivery.LastStatusCode = status;
        delivery.LastError = Truncate(error);
        delivery.LeaseToken = null;
        delivery.LeaseExpiresAt = null;
        if (error is null)
        {
            delivery.Status = WebhookDeliveryStatus.Delivered;
            delivery.DeliveredAt = now;
        }
        else if (status == StatusCodes.Status410Gone)
        {
            // Standard Webhooks: 410 means the receiver is gone for good, so stop sending it anything.
            delivery.Status = WebhookDeliveryStatus.Failed;
            endpoint.DisabledAt ??= now;
            logger.LogWarning("Webhook endpoint {EndpointId} ({Url}) answered 410 Gone; it is disabled", endpoint.Id, endpoint.Url);
        }
        else if (delivery.Attempts >= settings.MaxAttempts)
        {
            delivery.Status = WebhookDeliveryStatus.Failed;
            logger.LogWarning(
                "Gave up on webhook delivery {DeliveryId} ({MessageId}) to {Url} after {Attempts} attempts: {Error}",
                delivery.Id, delivery.MessageId, endpoint.Url, delivery.Attempts, error);
        }
        else
        {
            delivery.NextAttemptAt = now + OutboxRetrySchedule.DelayAfter(delivery.Attempts, settings.FirstRetryDelay, settings.MaxRetryDelay, Random.Shared.NextDouble());
            logger.LogInformation(
                "Webhook delivery {DeliveryId} to {Url} failed (attempt {Attempts}): {Error}; next attempt at {NextAttemptAt:O}",
                delivery.Id, endpoint.Url, delivery.Attempts, error, delivery.NextAttemptAt);
        }

        try
        {
            // Not the stopping token: a request that was sent must be recorded, or it would be sent again.
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogInformation("Webhook delivery {DeliveryId} was taken over by another node while this one sent it", delivery.Id);
        }
    }

    private string PayloadOf(WebhookDelivery delivery)
    {
        var articleEvent = delivery.ArticleEvent!;
        var article = articleEvent.Article!;
        var origin = publicUrls.ConfiguredOrigin ?? "";
        var data = new WebhookArticleData(
            articleEvent.Id,
            article.Id,
            articleEvent.EditionCode,
            article.Headline,
            origin + ArticlePaths.Article(article.EditionCode, article.Id, article.Slug),
            origin + ContentApi.ContentApi.Prefix + "/articles/" + article.Id.ToString(CultureInfo.InvariantCulture));
        return JsonSerializer.Serialize(new WebhookPayload(delivery.EventType, articleEvent.OccurredAt, data), Json);
    }

    private static string? Truncate(string? text) => text is { Length: > 500 } ? text[..500] : text;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await RunOnceAsync(stoppingToken) > 0)
                {
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Looking for due webhook deliveries failed");
            }

            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            wait.CancelAfter(options.Value.PollInterval);
            try
            {
                await _wake.Reader.ReadAsync(wait.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
            }
        }
    }
}
