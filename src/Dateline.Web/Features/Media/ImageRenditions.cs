using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.Media;

/// <summary>
/// Makes the renditions a srcset lists (WebP and JPEG at every width up to the original's) for newly imported assets,
/// so the first readers do not wait for them. AVIF is left to the first request: it costs several times as much.
/// </summary>
public sealed class ImageRenditions(
    MediaAssetLookup assets, RenditionStore renditions, IOptions<MediaOptions> options, ILogger<ImageRenditions> logger)
    : BackgroundService
{
    private static readonly RenditionFormat[] Formats = [RenditionFormat.Webp, RenditionFormat.Jpeg];

    private readonly Channel<int> _queue = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Queues an asset saved to the database; <see cref="MediaLibrary"/> does this for the assets it imports.</summary>
    public void Enqueue(int assetId) => _queue.Writer.TryWrite(assetId);

    /// <summary>Makes the asset's missing WebP and JPEG renditions; returns how many it made.</summary>
    public async Task<int> RunOnceAsync(int assetId, CancellationToken cancellationToken = default)
    {
        var original = await assets.FindAsync(assetId, cancellationToken);
        if (original is null)
        {
            logger.LogWarning("Media asset {AssetId} does not exist; no renditions made", assetId);
            return 0;
        }

        var started = Stopwatch.GetTimestamp();
        var made = 0;
        foreach (var width in options.Value.WidthsFor(original.Width))
        {
            foreach (var format in Formats)
            {
                if (await renditions.EnsureAsync(original, width, format, cancellationToken))
                {
                    made++;
                }
            }
        }

        logger.LogInformation("Made {Count} renditions of media asset {AssetId} in {Milliseconds:0} ms", made, assetId,
            Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return made;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var assetId in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(assetId, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // One unreadable original must not stop the renditions of the assets queued after it.
                logger.LogError(e, "Renditions of media asset {AssetId} failed; skipped", assetId);
            }
        }
    }
}
