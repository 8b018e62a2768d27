using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.Operations.Shutdown;

/// <summary>
/// Holds the stop for <see cref="ShutdownOptions.DrainDelay"/> before any hosted service (the web server included)
/// stops: readiness already reports the node stopping, and requests are still served meanwhile.
/// </summary>
internal sealed class ShutdownDrain(IOptions<ShutdownOptions> options, ILogger<ShutdownDrain> logger) : IHostedLifecycleService
{
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        var delay = options.Value.DrainDelay;
        if (delay > TimeSpan.Zero)
        {
            logger.LogInformation("Stopping: serving for {DrainDelay} more while readiness reports the node stopping", delay);
            try
            {
                await Task.Delay(delay, cancellationToken);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
