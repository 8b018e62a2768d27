using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Articles.Publishing;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.MostRead;

/// <summary>
/// Every edition's "Most read" lists, held in memory and read again from the database after each flush, so pages render
/// them without a query and every node shows the counts of all nodes. A story unpublished on this node leaves the lists
/// at once; on other nodes, at their next refresh.
/// </summary>
public sealed class MostReadLists(IOptions<MostReadOptions> options) : IArticleEventSubscriber
{
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    private volatile Dictionary<string, EditionMostRead> _lists = new Dictionary<string, EditionMostRead>();

    public EditionMostRead For(string edition) => _lists.TryGetValue(edition, out var lists) ? lists : EditionMostRead.Empty;

    public async Task RefreshAsync(DatelineDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var editions = await db.Editions.AsNoTracking().Select(e => e.Code).ToListAsync(cancellationToken);
        var lists = new Dictionary<string, EditionMostRead>(editions.Count);
        foreach (var edition in editions)
        {
            lists[edition] = new EditionMostRead(
                await TopAsync(db, edition, ViewFlusher.HourOf(now - Day), now, cancellationToken),
                await TopAsync(db, edition, ViewFlusher.HourOf(now - Week), now, cancellationToken));
        }

        _lists = lists;
    }

    public Task OnCommittedAsync(ArticleEvent articleEvent, CancellationToken cancellationToken)
    {
        if (articleEvent.Kind == ArticleEventKind.Unpublished && _lists.TryGetValue(articleEvent.EditionCode, out var lists))
        {
            _lists = new Dictionary<string, EditionMostRead>(_lists) { [articleEvent.EditionCode] = lists.Without(articleEvent.ArticleId) };
        }

        return Task.CompletedTask;
    }

    private async Task<IReadOnlyList<MostReadItem>> TopAsync(DatelineDbContext db, string edition, DateTime since, DateTime now, CancellationToken cancellationToken)
    {
        var length = options.Value.ListLength;

        // Counted stories may have been unpublished since: take a few more than the list needs, then keep the live ones.
        var top = await db.ArticleViews.AsNoTracking()
            .Where(v => v.EditionCode == edition && v.Hour >= since)
            .GroupBy(v => v.ArticleId)
            .Select(g => new { ArticleId = g.Key, Views = g.Sum(v => v.Views) })
            .OrderByDescending(x => x.Views).ThenByDescending(x => x.ArticleId)
            .Take(length * 3)
            .ToListAsync(cancellationToken);
        if (top.Count == 0)
        {
            return [];
        }

        var ids = top.Select(t => t.ArticleId).ToList();
        var live = await db.Articles.AsNoTracking()
            .Where(a => ids.Contains(a.Id) && a.EditionCode == edition && a.Status == ArticleStatus.Published && a.PublishedAt <= now)
            .Select(a => new { a.Id, a.Headline, a.Slug })
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        var items = new List<MostReadItem>(length);
        foreach (var counted in top)
        {
            if (items.Count < length && live.TryGetValue(counted.ArticleId, out var article))
            {
                items.Add(new MostReadItem(article.Id, article.Headline, ArticlePaths.Article(edition, article.Id, article.Slug), counted.Views));
            }
        }

        return items;
    }
}
