using Dateline.Web.Features.Articles.Publishing;
using Dateline.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.OutputCaching;

namespace Dateline.Web.Features.Articles;

/// <summary>
/// Drops the cached pages a change to an article can alter: its own page and every list of its edition
/// (home, sections, topics, "More on this Topic" on other articles). Runs after every committed article event.
/// </summary>
public sealed class ArticleCacheEviction(IOutputCacheStore store) : IArticleEventSubscriber
{
    public async Task EvictAsync(int articleId, string editionCode, CancellationToken cancellationToken = default)
    {
        await store.EvictByTagAsync(CacheTags.Article(articleId), cancellationToken);
        await store.EvictByTagAsync(CacheTags.EditionLists(editionCode), cancellationToken);
    }

    public Task OnCommittedAsync(ArticleEvent articleEvent, CancellationToken cancellationToken) =>
        EvictAsync(articleEvent.ArticleId, articleEvent.EditionCode, cancellationToken);
}
