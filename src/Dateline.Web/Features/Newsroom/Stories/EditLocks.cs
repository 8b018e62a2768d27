using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Newsroom.Stories;

/// <summary>
/// One editor at a time per story, advisory: saving is guarded by the version check whatever the lock says. The editor
/// page takes the lock when it opens a story and beats it every <see cref="HeartbeatInterval"/>; a second editor sees
/// who holds it since when and may take it over explicitly; the first learns it at their next heartbeat
/// (<see cref="EditLockState.TakenOver"/>) and keeps their text on screen. A lock not beaten for <see cref="Expiry"/> is free.
/// </summary>
public sealed class EditLocks(DatelineDbContext db, TimeProvider time)
{
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(15);
    public static readonly TimeSpan Expiry = TimeSpan.FromSeconds(60);

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Takes the lock if it is free, expired or already ours; with <paramref name="takeOver"/>, takes it from whoever holds it.</summary>
    public async Task<EditLockState?> OpenAsync(NewsroomActor actor, int articleId, bool takeOver, CancellationToken cancellationToken)
    {
        if (!await db.Stories.AnyAsync(s => s.ArticleId == articleId, cancellationToken))
        {
            return null;
        }

        var now = Now;
        for (var attempt = 0; ; attempt++)
        {
            var held = await db.StoryLocks.SingleOrDefaultAsync(l => l.ArticleId == articleId, cancellationToken);
            try
            {
                if (held is null)
                {
                    db.StoryLocks.Add(new StoryLock { ArticleId = articleId, HolderId = actor.UserId, HolderName = actor.Name, Since = now, HeartbeatAt = now });
                }
                else if (held.HolderId == actor.UserId || held.HeartbeatAt + Expiry < now || takeOver)
                {
                    var previous = held.HolderId == actor.UserId || held.HeartbeatAt + Expiry < now ? null : held.HolderId;
                    if (held.HolderId != actor.UserId)
                    {
                        held.Since = now;
                    }

                    held.PreviousHolderId = previous;
                    held.HolderId = actor.UserId;
                    held.HolderName = actor.Name;
                    held.HeartbeatAt = now;
                }
                else
                {
                    return new EditLockState(false, held.HolderId, held.HolderName, held.Since, TakenOver: false);
                }

                await db.SaveChangesAsync(cancellationToken);
                return new EditLockState(true, actor.UserId, actor.Name, held?.Since ?? now, TakenOver: false);
            }
            catch (DbUpdateException) when (attempt < 2)
            {
                // Two editors opened a free story at once: read again and answer as the one who lost.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Keeps our lock alive, or says who took it over (and since when) so the page can warn its editor.</summary>
    public async Task<EditLockState?> HeartbeatAsync(NewsroomActor actor, int articleId, CancellationToken cancellationToken)
    {
        var now = Now;
        var updated = await db.StoryLocks
            .Where(l => l.ArticleId == articleId && l.HolderId == actor.UserId)
            .ExecuteUpdateAsync(u => u.SetProperty(l => l.HeartbeatAt, now), cancellationToken);
        if (updated == 1)
        {
            var since = await db.StoryLocks.Where(l => l.ArticleId == articleId).Select(l => l.Since).SingleAsync(cancellationToken);
            return new EditLockState(true, actor.UserId, actor.Name, since, TakenOver: false);
        }

        var held = await db.StoryLocks.AsNoTracking().SingleOrDefaultAsync(l => l.ArticleId == articleId, cancellationToken);
        if (held is null || held.HeartbeatAt + Expiry < now)
        {
            // Our lock lapsed and nobody else took it: take it again quietly.
            return await OpenAsync(actor, articleId, takeOver: false, cancellationToken);
        }

        return new EditLockState(false, held.HolderId, held.HolderName, held.Since, TakenOver: true);
    }

    /// <summary>Lets go of our lock when the editor closes the story; someone else's lock is left alone.</summary>
    public Task ReleaseAsync(NewsroomActor actor, int articleId, CancellationToken cancellationToken) =>
        db.StoryLocks.Where(l => l.ArticleId == articleId && l.HolderId == actor.UserId).ExecuteDeleteAsync(cancellationToken);

    /// <summary>Who holds the lock now, if anyone (expired locks count as free).</summary>
    public async Task<EditLockState> CurrentAsync(int articleId, CancellationToken cancellationToken)
    {
        var held = await db.StoryLocks.AsNoTracking().SingleOrDefaultAsync(l => l.ArticleId == articleId, cancellationToken);
        return held is null || held.HeartbeatAt + Expiry < Now
            ? new EditLockState(false, null, null, null, false)
            : new EditLockState(false, held.HolderId, held.HolderName, held.Since, false);
    }
}
