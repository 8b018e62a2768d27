using Dateline.Web.Features.Articles.Publishing;
using Dateline.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.OutputCaching;

namespace Dateline.Web.Features.Articles;

/// <summary>
/// Drops the cached pages a change to an article can alter: its own page and every list of its edition
/// (home, sections, topics, "More on this Topic" on other articles), and the pages of its translations, whose
/// language link and hreflang follow whether it is live. Runs after every committed article event.
/// </summary>
public sealed class ArticleCacheEviction(IOutputCacheStore store) : IArticleEventSubscriber
{
    /// <summary>The tags a change to the article invalidates; a CDN in front is purged by the same ones.</summary>
    public static IReadOnlyList<string> TagsOf(int articleId, string editionCode, int? translationGroupId) =>
        [CacheTags.Article(articleId), CacheTags.EditionLists(editionCode), CacheTags.Translations(translationGroupId ?? articleId)];

    public async Task EvictAsync(int articleId, string editionCode, int? translationGroupId = null, CancellationToken cancellationToken = default)
    {
        foreach (var tag in TagsOf(articleId, editionCode, translationGroupId))
        {
            await store.EvictByTagAsync(tag, cancellationToken);
        }
    }

    /// <summary>
    /// Drops every cached public page: a change of names or navigation (sections, topics, authors, agencies) shows on
    /// all of them, and such changes are rare.
    /// </summary>
    public Task EvictSiteAsync(CancellationToken cancellationToken = default) =>
        store.EvictByTagAsync(CacheTags.Site, cancellationToken).AsTask();

    public Task OnCommittedAsync(ArticleEvent articleEvent, CancellationToken cancellationToken) =>
        EvictAsync(articleEvent.ArticleId, articleEvent.EditionCode, articleEvent.Article?.TranslationGroupId, cancellationToken);
}
