using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.Editions;

/// <summary>
/// Rereads the editions and navigation every <see cref="EditionOptions.NavigationRefresh"/>, so a change an Admin makes
/// on one node reaches the others (and their cached pages) without a restart. A failed reread is logged and retried at
/// the next tick; the copy in memory keeps serving.
/// </summary>
public sealed class EditionRefresh(EditionCatalog catalog, IOptions<EditionOptions> options, TimeProvider time, ILogger<EditionRefresh> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.NavigationRefresh, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await catalog.RefreshAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "Rereading editions and navigation failed");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }
}
