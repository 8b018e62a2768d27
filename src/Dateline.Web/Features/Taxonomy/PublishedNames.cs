using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Editions;
using Dateline.Web.Features.Newsroom.Stories;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Taxonomy;

/// <summary>
/// Makes a change of a section, topic, author or agency visible at once. A published story's snapshot holds the names
/// it showed when it was published (so its page is one read); the names it carries are references, not the story's
/// text, so the current snapshots of the stories concerned are brought up to date in place. Then the navigation held
/// in memory is reloaded and every cached public page dropped (<see cref="CacheTags.Site"/>, through
/// <see cref="ArticleCacheEviction"/>): names appear on article pages, cards, lists, feeds and the navigation.
/// </summary>
public sealed class PublishedNames(DatelineDbContext db, EditionCatalog catalog, ArticleCacheEviction eviction)
{
    private const int Batch = 200;

    /// <summary>Applies <paramref name="change"/> to the current snapshot of each published article the query selects.</summary>
    public async Task RefreshAsync(IQueryable<Article> articles, Func<ArticleSnapshot, ArticleSnapshot> change, CancellationToken cancellationToken)
    {
        var revisionIds = await articles.Where(a => a.PublishedRevisionId != null)
            .Select(a => a.PublishedRevisionId!.Value)
            .ToListAsync(cancellationToken);
        foreach (var chunk in revisionIds.Chunk(Batch))
        {
            var revisions = await db.PublishedRevisions.Where(r => chunk.Contains(r.Id)).ToListAsync(cancellationToken);
            foreach (var revision in revisions)
            {
                revision.Snapshot = change(revision.Snapshot);
            }

            await db.SaveChangesAsync(cancellationToken);

            // A section may hold tens of thousands of stories: the tracker keeps one batch, not all of them.
            foreach (var revision in revisions)
            {
                db.Entry(revision).State = EntityState.Detached;
            }
        }
    }

    /// <summary>Reloads the navigation and drops every cached public page; call after the change is committed.</summary>
    public async Task ShowAsync(CancellationToken cancellationToken)
    {
        catalog.Invalidate();
        await eviction.EvictSiteAsync(cancellationToken);
    }
}
