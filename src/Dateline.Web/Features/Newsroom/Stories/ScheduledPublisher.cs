using Dateline.Web.Features.Articles.Publishing;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.Newsroom.Stories;

/// <summary>
/// Publishes scheduled stories once their time has come, on start (so a story due while the site was down goes live
/// then) and every <see cref="ScheduledPublisherOptions.Interval"/>. With several nodes on one database exactly one
/// publishes each story: a node first claims it with a conditional UPDATE (still scheduled, still due, version
/// unchanged) inside its transaction; the row lock makes a second node's UPDATE wait and then match nothing
/// (PostgreSQL re-checks the condition on the committed row; SQLite serializes writers), so the same SQL works on both.
/// </summary>
public sealed class ScheduledPublisher(
    IServiceScopeFactory scopes,
    IOptions<ScheduledPublisherOptions> options,
    TimeProvider time,
    ILogger<ScheduledPublisher> logger) : BackgroundService
{
    private const int BatchSize = 50;

    /// <summary>Publishes every story due now; returns how many this node published. Safe to run on any node at any time.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.Stories.AsNoTracking()
            .Where(s => s.State == StoryState.Scheduled && s.PublishAt <= now)
            .OrderBy(s => s.PublishAt).ThenBy(s => s.ArticleId)
            .Select(s => new { s.ArticleId, s.Version })
            .Take(BatchSize)
            .ToListAsync(cancellationToken);

        var published = 0;
        foreach (var story in due)
        {
            try
            {
                if (await PublishAsync(scope.ServiceProvider, story.ArticleId, story.Version, now, cancellationToken))
                {
                    published++;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One bad story must not hold back the others; it stays scheduled and is tried again next tick.
                logger.LogError(ex, "Publishing scheduled story {ArticleId} failed", story.ArticleId);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        return published;
    }

    private static async Task<bool> PublishAsync(IServiceProvider services, int id, int version, DateTime now, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<DatelineDbContext>();
        var workflow = services.GetRequiredService<StoryWorkflow>();
        var publishing = services.GetRequiredService<ArticlePublishing>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.Stories
            .Where(s => s.ArticleId == id && s.Version == version && s.State == StoryState.Scheduled && s.PublishAt <= now)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Version, s => s.Version + 1), cancellationToken);
        if (claimed == 0)
        {
            // Another node published it, or an editor changed it since we looked: either way it is not ours.
            return false;
        }

        var story = await db.Stories.Include(s => s.Article).SingleAsync(s => s.ArticleId == id, cancellationToken);
        var result = await workflow.PublishLoadedAsync(NewsroomActor.Scheduler, story, now, cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Scheduled story {id} could not be published: {result.Message} {string.Join("; ", result.Errors?.SelectMany(e => e.Value) ?? [])}");
        }

        await transaction.CommitAsync(cancellationToken);
        var events = db.ChangeTracker.Entries<ArticleEvent>().Select(e => e.Entity).ToList();
        await publishing.NotifyAsync(events, cancellationToken);
        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Interval, time);
        do
        {
            try
            {
                var published = await RunOnceAsync(stoppingToken);
                if (published > 0)
                {
                    logger.LogInformation("Published {Count} scheduled stories", published);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Looking for scheduled stories failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
