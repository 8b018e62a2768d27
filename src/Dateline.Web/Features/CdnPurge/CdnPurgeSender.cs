using System.Threading.Channels;
using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Articles.Publishing;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.CdnPurge;

/// <summary>
/// Sends the outstanding purge requests as one purge of the union of their tags (a burst of publishes costs one call),
/// on start, when this node commits an article event, and every <see cref="CdnPurgeOptions.PollInterval"/>. Nodes share
/// the work as the webhook sender does: one conditional UPDATE leases the due rows to one node (PostgreSQL re-checks the
/// condition on the committed row, SQLite has one writer), and only the lease holder records the result.
/// </summary>
public sealed class CdnPurgeSender(
    IServiceScopeFactory scopes,
    IOptions<CdnPurgeOptions> options,
    TimeProvider clock,
    ILogger<CdnPurgeSender> logger) : BackgroundService, IArticleEventSubscriber
{
    private const int BatchSize = 200;

    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public Task OnCommittedAsync(ArticleEvent articleEvent, CancellationToken cancellationToken)
    {
        _wake.Writer.TryWrite(true);
        return Task.CompletedTask;
    }

    /// <summary>Leases the due requests and purges their tags; returns how many requests this node handled.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.Provider == CdnProvider.None)
        {
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var token = Guid.NewGuid().ToString("N");
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        var due = db.CdnPurgeRequests.Where(r => r.CompletedAt == null && !r.GaveUp && r.NextAttemptAt <= now
            && (r.LeaseExpiresAt == null || r.LeaseExpiresAt < now));
        var ids = await due.OrderBy(r => r.Id).Select(r => r.Id).Take(BatchSize).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return 0;
        }

        var until = now + settings.Lease;
        await due.Where(r => ids.Contains(r.Id))
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.LeaseToken, token).SetProperty(r => r.LeaseExpiresAt, until), cancellationToken);
        var leased = await db.CdnPurgeRequests.Include(r => r.ArticleEvent).ThenInclude(e => e!.Article).Where(r => r.LeaseToken == token).ToListAsync(cancellationToken);
        if (leased.Count == 0)
        {
            return 0;
        }

        var tags = leased.SelectMany(r => ArticleCacheEviction.TagsOf(r.ArticleEvent!.ArticleId, r.ArticleEvent.EditionCode, r.ArticleEvent.Article?.TranslationGroupId))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        string? error = null;
        try
        {
            await scope.ServiceProvider.GetRequiredService<ICdnPurgeClient>().PurgeAsync(tags, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            error = ex.Message;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            error = $"No answer within {settings.Timeout.TotalSeconds} s.";
        }

        Record(leased, error, settings);
        if (error is not null)
        {
            logger.LogInformation("Purging {Count} tags from the CDN failed: {Error}", tags.Count, error);
        }

        try
        {
            // Not the stopping token: a purge that was sent must be recorded, or it would be sent again.
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogInformation("CDN purge requests were taken over by another node while this one sent them");
        }

        return leased.Count;
    }

    private void Record(List<CdnPurgeRequest> leased, string? error, CdnPurgeOptions settings)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var request in leased)
        {
            request.Attempts++;
            request.LeaseToken = null;
            request.LeaseExpiresAt = null;
            request.LastError = error is { Length: > 500 } ? error[..500] : error;
            if (error is null)
            {
                request.CompletedAt = now;
            }
            else if (request.Attempts >= settings.MaxAttempts)
            {
                request.GaveUp = true;
                logger.LogWarning(
                    "Gave up purging the CDN for article event {EventId} after {Attempts} attempts: {Error}",
                    request.ArticleEventId, request.Attempts, error);
            }
            else
            {
                request.NextAttemptAt = now + OutboxRetrySchedule.DelayAfter(request.Attempts, settings.FirstRetryDelay, settings.MaxRetryDelay, Random.Shared.NextDouble());
            }
        }
    }

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
                logger.LogError(ex, "Purging the CDN failed");
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
