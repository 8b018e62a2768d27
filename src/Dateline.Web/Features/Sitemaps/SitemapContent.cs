using System.Runtime.CompilerServices;
using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Editions;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Sitemaps;

/// <summary>The reads behind the sitemaps: live stories by month, sections, topics, and the last two days' news.</summary>
public sealed class SitemapContent(DatelineDbContext db, TimeProvider time)
{
    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private IQueryable<Article> Live(string edition)
    {
        var now = Now;
        return db.Articles.AsNoTracking()
            .Where(a => a.EditionCode == edition && a.Status == ArticleStatus.Published && a.PublishedAt <= now);
    }

    /// <summary>The months (UTC) in which the edition has live stories, oldest first.</summary>
    public async Task<IReadOnlyList<SitemapMonth>> MonthsAsync(string edition, CancellationToken cancellationToken)
    {
        var months = await Live(edition)
            .GroupBy(a => new { a.PublishedAt!.Value.Year, a.PublishedAt.Value.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count(), Published = g.Max(a => a.PublishedAt), Updated = g.Max(a => a.UpdatedAt) })
            .ToListAsync(cancellationToken);
        return [.. months
            .Select(m => new SitemapMonth(m.Year, m.Month, m.Count, Later(m.Published!.Value, m.Updated)))
            .OrderBy(m => m.Year).ThenBy(m => m.Month)];
    }

    /// <summary>
    /// One page of a month's live stories, oldest first, with their live translations. Streamed: a month may hold
    /// tens of thousands, and the sitemap is written as they are read.
    /// </summary>
    public async IAsyncEnumerable<SitemapEntry> ArticlesAsync(
        string edition, int year, int month, int skip, int take, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var start = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Utc);
        var end = start.AddMonths(1);
        var now = Now;
        var rows = Live(edition)
            .Where(a => a.PublishedAt >= start && a.PublishedAt < end)
            .OrderBy(a => a.PublishedAt).ThenBy(a => a.Id)
            .Skip(skip).Take(take)
            .Select(a => new
            {
                a.Id,
                a.Slug,
                PublishedAt = a.PublishedAt!.Value,
                a.UpdatedAt,
                Translation = a.TranslationGroupId == null ? null : db.Articles
                    .Where(t => t.TranslationGroupId == a.TranslationGroupId && t.EditionCode != edition
                        && t.Status == ArticleStatus.Published && t.PublishedAt <= now)
                    .Select(t => new { t.EditionCode, t.Id, t.Slug })
                    .FirstOrDefault(),
            })
            .AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            var path = ArticlePaths.Article(edition, row.Id, row.Slug);
            var alternates = row.Translation is { } t
                ? Alternates(edition, path, t.EditionCode, ArticlePaths.Article(t.EditionCode, t.Id, t.Slug))
                : [];
            yield return new SitemapEntry(path, Later(row.PublishedAt, row.UpdatedAt), alternates);
        }
    }

    /// <summary>The home page (with the other edition's as its alternate) and every section, with their newest story.</summary>
    public async Task<IReadOnlyList<SitemapEntry>> PagesAsync(EditionView edition, CancellationToken cancellationToken)
    {
        var newest = await Live(edition.Code)
            .GroupBy(a => a.SectionId)
            .Select(g => new { SectionId = g.Key, Newest = g.Max(a => a.PublishedAt) })
            .ToDictionaryAsync(g => g.SectionId, g => g.Newest, cancellationToken);
        var sections = await db.Sections.AsNoTracking()
            .Where(s => s.EditionCode == edition.Code)
            .OrderBy(s => s.SortOrder).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.Slug })
            .ToListAsync(cancellationToken);

        var home = new SitemapEntry(
            edition.HomePath,
            newest.Values.Max(),
            Alternates(edition.Code, edition.HomePath, edition.OtherCode, ArticlePaths.Home(edition.OtherCode)));
        return [home, .. sections.Select(s => new SitemapEntry(ArticlePaths.Section(edition.Code, s.Slug), newest.GetValueOrDefault(s.Id), []))];
    }

    /// <summary>Topics with at least one live story (an empty topic page is not worth a crawl), with their newest.</summary>
    public async Task<IReadOnlyList<SitemapEntry>> TopicsAsync(string edition, CancellationToken cancellationToken)
    {
        var now = Now;

        // The topic links carry their article's status and publication time, so this never reads the articles.
        var topics = await db.ArticleTopics.AsNoTracking()
            .Where(t => t.Topic!.EditionCode == edition
                && EF.Property<ArticleStatus>(t, ArticleTopicConfiguration.ArticleStatus) == ArticleStatus.Published
                && EF.Property<DateTime?>(t, ArticleTopicConfiguration.ArticlePublishedAt) <= now)
            .GroupBy(t => new { t.TopicId, t.Topic!.Slug })
            .Select(g => new { g.Key.Slug, Newest = g.Max(t => EF.Property<DateTime?>(t, ArticleTopicConfiguration.ArticlePublishedAt)) })
            .ToListAsync(cancellationToken);
        return [.. topics.OrderBy(t => t.Slug, StringComparer.Ordinal).Select(t => new SitemapEntry(ArticlePaths.Topic(edition, t.Slug), t.Newest, []))];
    }

    public Task<bool> HasNewsAsync(string edition, CancellationToken cancellationToken)
    {
        var since = Now - SitemapOptions.NewsWindow;
        return Live(edition).AnyAsync(a => a.PublishedAt >= since, cancellationToken);
    }

    /// <summary>The edition's stories published in the last 48 hours, newest first, at most 1,000.</summary>
    public async Task<IReadOnlyList<NewsEntry>> NewsAsync(string edition, CancellationToken cancellationToken)
    {
        var since = Now - SitemapOptions.NewsWindow;
        var rows = await Live(edition)
            .Where(a => a.PublishedAt >= since)
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Take(SitemapOptions.NewsLimit)
            .Select(a => new { a.Id, a.Slug, a.Headline, PublishedAt = a.PublishedAt!.Value })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new NewsEntry(ArticlePaths.Article(edition, r.Id, r.Slug), r.Headline, r.PublishedAt))];
    }

    private static DateTime Later(DateTime published, DateTime? updated) =>
        updated is { } u && u > published ? u : published;

    /// <summary>Both language versions and English as the default, the same set the pages put in their head.</summary>
    private static SitemapAlternate[] Alternates(string edition, string path, string otherEdition, string otherPath) =>
    [
        new(edition, path),
        new(otherEdition, otherPath),
        new("x-default", edition == "en" ? path : otherPath),
    ];
}
