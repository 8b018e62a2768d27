using Dateline.Web.Features.Articles;
using Dateline.Web.Infrastructure.Data;

namespace Dateline.Web.Features.Media;

/// <summary>Saves an edit of an asset and drops the cached pages of the stories showing it.</summary>
public static class MediaChanges
{
    public static async Task ApplyAsync(
        DatelineDbContext db, MediaUsage usage, ArticleCacheEviction eviction, MediaAsset asset, MediaEdit edit, CancellationToken cancellationToken)
    {
        edit.ApplyTo(asset);
        await db.SaveChangesAsync(cancellationToken);

        // A page shows the asset's current focal point (its crop addresses) and download right, so it must be rendered again.
        foreach (var use in await usage.StoriesUsingAsync(asset.Id, cancellationToken))
        {
            await eviction.EvictAsync(use.ArticleId, use.EditionCode, translationGroupId: null, cancellationToken);
        }
    }
}
