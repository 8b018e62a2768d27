using Dateline.Web.Features.Articles;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Search;

/// <summary>Writes stories from the database into <see cref="SearchIndex"/>: a full rebuild, or the stories that changed.</summary>
public sealed class ArticleIndexing(DatelineDbContext db, SearchIndex index)
{
    public const int BatchSize = 500;

    /// <summary>
    /// Replaces the index with every published story (scheduled ones too: searches filter on publication time). The feed
    /// position is read first, so changes committed while the rebuild runs are applied by the follower afterwards.
    /// </summary>
    public async Task<int> RebuildAsync(Action<int, int>? progress, CancellationToken cancellationToken)
    {
        var position = await db.ArticleEvents.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
        var total = await db.Articles.CountAsync(a => a.Status == ArticleStatus.Published, cancellationToken);
        index.DeleteAll();
        var done = 0;
        var after = 0;
        while (true)
        {
            var batch = await ReadAsync(
                db.Articles.Where(a => a.Status == ArticleStatus.Published && a.Id > after).OrderBy(a => a.Id).Take(BatchSize),
                cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var article in batch)
            {
                index.Upsert(article);
            }

            done += batch.Count;
            after = batch[^1].Id;
            progress?.Invoke(done, total);
        }

        index.Commit(position);
        return done;
    }

    /// <summary>Brings the given stories' documents in line with the database: indexed if published, else removed.</summary>
    public async Task ApplyAsync(IReadOnlyCollection<int> articleIds, CancellationToken cancellationToken)
    {
        var ids = articleIds.ToList();
        var articles = await ReadAsync(db.Articles.Where(a => ids.Contains(a.Id)), cancellationToken);
        foreach (var id in ids)
        {
            if (articles.Find(a => a.Id == id) is { Status: ArticleStatus.Published, PublishedAt: not null } article)
            {
                index.Upsert(article);
            }
            else
            {
                index.Delete(id);
            }
        }
    }

    /// <summary>Three flat reads (stories, their topics, their bylines) joined in memory: one statement each per batch.</summary>
    private async Task<List<IndexedArticle>> ReadAsync(IQueryable<Article> articles, CancellationToken cancellationToken)
    {
        var rows = await articles.AsNoTracking()
            .Select(a => new
            {
                a.Id,
                a.EditionCode,
                a.Slug,
                a.Headline,
                a.Standfirst,
                a.BodyHtml,
                a.Status,
                a.PublishedAt,
                SectionSlug = a.Section!.Slug,
                SectionName = a.Section.Name,
                Agency = a.Agency == null ? null : a.EditionCode == "ar" ? a.Agency.CreditAr : a.Agency.Credit,
            })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var topics = (await db.ArticleTopics.AsNoTracking()
                .Where(t => ids.Contains(t.ArticleId))
                .Select(t => new { t.ArticleId, t.TopicId, t.Topic!.Name })
                .ToListAsync(cancellationToken))
            .ToLookup(t => t.ArticleId);
        var authors = (await db.ArticleAuthors.AsNoTracking()
                .Where(t => ids.Contains(t.ArticleId))
                .OrderBy(t => t.SortOrder)
                .Select(t => new { t.ArticleId, t.Author!.Name, t.Author.NameAr })
                .ToListAsync(cancellationToken))
            .ToLookup(t => t.ArticleId);
        return [.. rows.Select(r => new IndexedArticle(
            r.Id,
            r.EditionCode,
            r.Slug,
            r.Headline,
            r.Standfirst,
            r.BodyHtml,
            r.Status,
            r.PublishedAt,
            r.SectionSlug,
            r.SectionName,
            r.Agency,
            [.. topics[r.Id].Select(t => t.TopicId)],
            [.. topics[r.Id].Select(t => t.Name)],
            [.. authors[r.Id].Select(t => r.EditionCode == "ar" && !string.IsNullOrWhiteSpace(t.NameAr) ? t.NameAr : t.Name)]))];
    }
}
