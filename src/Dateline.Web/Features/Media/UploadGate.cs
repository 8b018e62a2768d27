namespace Dateline.Web.Features.Media;

/// <summary>
/// Bounds how many uploads are checked (decoded) at once, so a burst of uploads queues here instead of taking every
/// core and a decoded image's worth of memory per request.
/// </summary>
public sealed class UploadGate : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, Environment.ProcessorCount - 1));

    public async Task<T> RunAsync<T>(Func<T> work, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        try
        {
            return await Task.Run(work, cancellationToken);
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();
}
