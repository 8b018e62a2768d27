using System.Threading.Channels;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.Media;

/// <summary>
/// Makes each new asset's srcset renditions in the background: WebP and JPEG at every width first (one decode), then
/// AVIF, which costs several times as much. The work is recorded on the asset (<see cref="MediaAsset.Renditions"/>),
/// so the queue is only a wake-up call: it is bounded, an id that does not fit is found in the database once the
/// queue drains, and whatever a crash interrupted is finished after the next start. One worker, so a burst of uploads
/// waits its turn here instead of competing for cores and memory with the requests.
/// </summary>
public sealed class ImageRenditions(
    IServiceScopeFactory scopes, MediaAssetLookup assets, RenditionStore renditions, IOptions<MediaOptions> options,
    ILogger<ImageRenditions> logger)
    : BackgroundService
{
    public const int QueueCapacity = 128;

    private static readonly RenditionFormat[] WebFormats = [RenditionFormat.Webp, RenditionFormat.Jpeg];
    private static readonly RenditionFormat[] AvifOnly = [RenditionFormat.Avif];

    private readonly Channel<int> _queue = Channel.CreateBounded<int>(new BoundedChannelOptions(QueueCapacity)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.DropWrite,
    });

    /// <summary>Wakes the worker for an asset saved to the database; <see cref="MediaLibrary"/> does this after each save.</summary>
    public void Enqueue(int assetId) => _queue.Writer.TryWrite(assetId);

    /// <summary>Makes the asset's missing WebP and JPEG renditions and records that; returns how many files it made.</summary>
    public async Task<int> RunOnceAsync(int assetId, CancellationToken cancellationToken = default)
    {
        if (await assets.FindAsync(assetId, cancellationToken) is not { } original)
        {
            // Not a fault: an editor may delete a photo while it still waits in the queue.
            logger.LogInformation("Media asset {AssetId} no longer exists; no renditions made", assetId);
            return 0;
        }

        var made = await renditions.MakeSetAsync(original, options.Value.WidthsFor(original.Width), WebFormats, cancellationToken);
        await RecordAsync(assetId, RenditionProgress.Pending, RenditionProgress.WebReady, cancellationToken);
        return made;
    }

    /// <summary>Makes the asset's missing AVIF renditions and records it complete; returns how many files it made.</summary>
    public async Task<int> RunAvifAsync(int assetId, CancellationToken cancellationToken = default)
    {
        if (await assets.FindAsync(assetId, cancellationToken) is not { } original)
        {
            return 0;
        }

        var made = await renditions.MakeSetAsync(original, options.Value.WidthsFor(original.Width), AvifOnly, cancellationToken);
        await RecordAsync(assetId, RenditionProgress.WebReady, RenditionProgress.Complete, cancellationToken);
        return made;
    }

    /// <summary>
    /// Does the oldest unfinished piece of recorded work: an asset still waiting for WebP and JPEG before any AVIF.
    /// Returns false when nothing is left. Tests call this to stand in for a restart.
    /// </summary>
    public async Task<bool> ResumeOneAsync(CancellationToken cancellationToken = default)
    {
        var next = await NextRecordedAsync(cancellationToken);
        if (next is not { } work)
        {
            return false;
        }

        await GuardAsync(work.Id, () => work.Progress == RenditionProgress.Pending ? RunOnceAsync(work.Id, cancellationToken) : RunAvifAsync(work.Id, cancellationToken),
            cancellationToken);
        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the start-up path: the host finishes starting while earlier work resumes.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (_queue.Reader.TryRead(out var assetId))
                {
                    await GuardAsync(assetId, () => RunOnceAsync(assetId, stoppingToken), stoppingToken);
                }
                else if (!await ResumeOneAsync(stoppingToken))
                {
                    await _queue.Reader.WaitToReadAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // The database was unreachable, say; try again shortly rather than end the worker.
                logger.LogError(e, "Rendition work could not be read; retrying in 30 s");
                await Task.Delay(TimeSpan.FromSeconds(30), stoppingToken);
            }
        }
    }

    private async Task GuardAsync(int assetId, Func<Task<int>> work, CancellationToken cancellationToken)
    {
        try
        {
            await work();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            // One unreadable original must not stop the renditions of the assets queued after it, nor be retried forever.
            logger.LogError(e, "Renditions of media asset {AssetId} failed; skipped", assetId);
            await RecordFailedAsync(assetId, cancellationToken);
        }
    }

    private async Task<(int Id, RenditionProgress Progress)?> NextRecordedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        var pending = await db.MediaAssets.AsNoTracking().Where(m => m.Renditions == RenditionProgress.Pending)
            .OrderBy(m => m.Id).Select(m => (int?)m.Id).FirstOrDefaultAsync(cancellationToken);
        if (pending is { } id)
        {
            return (id, RenditionProgress.Pending);
        }

        if (!options.Value.AvifInBackground)
        {
            return null;
        }

        var avif = await db.MediaAssets.AsNoTracking().Where(m => m.Renditions == RenditionProgress.WebReady)
            .OrderBy(m => m.Id).Select(m => (int?)m.Id).FirstOrDefaultAsync(cancellationToken);
        return avif is { } next ? (next, RenditionProgress.WebReady) : null;
    }

    private async Task RecordAsync(int assetId, RenditionProgress from, RenditionProgress to, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        await db.MediaAssets.Where(m => m.Id == assetId && m.Renditions == from)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Renditions, to), cancellationToken);
    }

    private async Task RecordFailedAsync(int assetId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        await db.MediaAssets.Where(m => m.Id == assetId && m.Renditions != RenditionProgress.Complete)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Renditions, RenditionProgress.Failed), cancellationToken);
    }
}
