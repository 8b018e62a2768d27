using System.Collections.Concurrent;
using Dateline.Web.Features.Media;

namespace Dateline.IntegrationTests.Media;

/// <summary>The real local storage, counting writes per key so tests can tell how often a rendition was made.</summary>
public sealed class CountingMediaStorage(IMediaStorage inner) : IMediaStorage
{
    private readonly ConcurrentDictionary<string, int> _writes = new(StringComparer.Ordinal);

    public int WritesTo(string key) => _writes.GetValueOrDefault(key);

    public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default) => inner.ExistsAsync(key, cancellationToken);

    public Task<StoredMedia?> OpenReadAsync(string key, CancellationToken cancellationToken = default) => inner.OpenReadAsync(key, cancellationToken);

    public Task WriteAsync(string key, Stream content, string contentType, CancellationToken cancellationToken = default)
    {
        _writes.AddOrUpdate(key, 1, (_, n) => n + 1);
        return inner.WriteAsync(key, content, contentType, cancellationToken);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default) => inner.DeleteAsync(key, cancellationToken);

    public Task DeleteFolderAsync(string prefix, CancellationToken cancellationToken = default) => inner.DeleteFolderAsync(prefix, cancellationToken);
}
