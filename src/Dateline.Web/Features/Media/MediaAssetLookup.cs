using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Dateline.Web.Features.Media;

/// <summary>
/// Finds an asset's original for the media endpoints. Assets never change once imported (a replaced image is a new
/// asset), so the answer is kept in memory and most image requests never open a database connection.
/// </summary>
public sealed class MediaAssetLookup(IServiceScopeFactory scopes, IMemoryCache cache)
{
    private static readonly MemoryCacheEntryOptions Entry = new() { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) };

    public async ValueTask<OriginalImage?> FindAsync(int assetId, CancellationToken cancellationToken = default)
    {
        var key = new CacheKey(assetId);
        if (cache.TryGetValue(key, out OriginalImage? known))
        {
            return known;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        var found = await db.MediaAssets.AsNoTracking()
            .Where(m => m.Id == assetId)
            .Select(m => new OriginalImage(m.Id, m.StorageKey, m.ContentType, m.Width, m.Height))
            .FirstOrDefaultAsync(cancellationToken);

        // Misses are not remembered: the id may belong to an asset being saved right now.
        if (found is not null)
        {
            cache.Set(key, found, Entry);
        }

        return found;
    }

    /// <summary>Drops a deleted asset, so its renditions are no longer made from an original that is gone.</summary>
    public void Forget(int assetId) => cache.Remove(new CacheKey(assetId));

    private readonly record struct CacheKey(int AssetId);
}
