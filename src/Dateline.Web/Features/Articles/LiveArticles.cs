using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Articles;

/// <summary>Reads of what readers may see: published articles whose publish time has come.</summary>
public sealed class LiveArticles(DatelineDbContext db, TimeProvider time)
{
    public const int MaxPageSize = 50;

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private IQueryable<Article> Live(string edition)
    {
        var now = Now;
        return db.Articles.AsNoTracking()
            .Where(a => a.EditionCode == edition && a.Status == ArticleStatus.Published && a.PublishedAt <= now);
    }

    /// <summary>One page of a newest-first list, and the cursor of the next page when there is one.</summary>
    public async Task<ArticlePage> PageAsync(
        string edition, int? sectionId, int? topicId, ArticleCursor? after, int size, CancellationToken cancellationToken)
    {
        size = Math.Clamp(size, 1, MaxPageSize);
        var query = Live(edition);
        if (sectionId is { } section)
        {
            query = query.Where(a => a.SectionId == section);
        }

        if (topicId is { } topic)
        {
            query = query.Where(a => a.Topics.Any(t => t.TopicId == topic));
        }

        if (after is { } cursor)
        {
            query = query.Where(a => a.PublishedAt < cursor.PublishedAt || (a.PublishedAt == cursor.PublishedAt && a.Id < cursor.Id));
        }

        var items = await ToCards(query.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Take(size + 1))
            .ToListAsync(cancellationToken);
        var next = items.Count > size ? ArticleCursor.From(items[size - 1]) : (ArticleCursor?)null;
        if (items.Count > size)
        {
            items.RemoveAt(size);
        }

        return new ArticlePage(items, next);
    }

    /// <summary>The front page: newest stories overall, then the newest few of every navigation section.</summary>
    public async Task<HomeContent> HomeAsync(
        string edition, IReadOnlyList<Editions.NavigationSection> sections, int latestCount, int perSection, CancellationToken cancellationToken)
    {
        var latest = await ToCards(Live(edition).OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Take(latestCount))
            .ToListAsync(cancellationToken);

        // A small indexed query per section; the home page is output-cached, so this runs once per publish.
        var blocks = new List<SectionBlock>(sections.Count);
        foreach (var section in sections)
        {
            var cards = await ToCards(Live(edition).Where(a => a.SectionId == section.Id)
                    .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Take(perSection))
                .ToListAsync(cancellationToken);
            if (cards.Count > 0)
            {
                blocks.Add(new SectionBlock(section, cards));
            }
        }

        return new HomeContent(latest, blocks);
    }

    public async Task<ArticleDetail?> FindAsync(string edition, int id, CancellationToken cancellationToken)
    {
        var now = Now;
        return await Live(edition).Where(a => a.Id == id)
            .AsSingleQuery()
            .Select(a => new ArticleDetail(
                a.Id,
                a.EditionCode,
                a.Slug,
                a.Headline,
                a.Standfirst,
                a.BodyHtml,
                a.DatelinePlace,
                a.PublishedAt!.Value,
                a.UpdatedAt,
                a.SectionId,
                a.Section!.Slug,
                a.Section.Name,
                a.Agency == null ? null : a.EditionCode == "ar" ? a.Agency.CreditAr : a.Agency.Credit,
                a.HeroImage == null ? null : new HeroImage(
                    a.HeroImage.Id, a.HeroImage.Width, a.HeroImage.Height,
                    a.HeroAltText ?? a.HeroImage.AltText,
                    a.HeroCaption ?? a.HeroImage.Caption,
                    a.HeroCredit ?? a.HeroImage.Credit,
                    a.HeroImage.ContentType),
                a.TranslationGroupId,
                a.Topics.OrderBy(t => t.SortOrder).Select(t => new TopicLink(t.TopicId, t.Topic!.Slug, t.Topic.Name)).ToList(),
                a.Authors.OrderBy(t => t.SortOrder).Select(t => new AuthorLink(t.AuthorId, t.Author!.Slug, t.Author.Name, t.Author.NameAr)).ToList()))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The same story in the other edition, when it has been translated and is live there.</summary>
    public async Task<TranslationLink?> TranslationAsync(ArticleDetail article, CancellationToken cancellationToken)
    {
        if (article.TranslationGroupId is not { } group)
        {
            return null;
        }

        var now = Now;
        return await db.Articles.AsNoTracking()
            .Where(t => t.TranslationGroupId == group && t.EditionCode != article.EditionCode
                && t.Status == ArticleStatus.Published && t.PublishedAt <= now)
            .Select(t => new TranslationLink(t.EditionCode, t.Id, t.Slug))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// "More on this Topic": the editor's pins first, then the articles sharing most topics, newest first.
    /// Never the article itself; same edition; live only.
    /// </summary>
    public async Task<IReadOnlyList<ArticleCard>> MoreOnTopicAsync(
        string edition, int articleId, IReadOnlyCollection<int> topicIds, int count, CancellationToken cancellationToken)
    {
        var pinned = await ToCards(Live(edition)
                .Join(db.PinnedRelatedArticles.Where(p => p.ArticleId == articleId), a => a.Id, p => p.RelatedArticleId, (a, p) => new { a, p.SortOrder })
                .Where(x => x.a.Id != articleId)
                .OrderBy(x => x.SortOrder)
                .Select(x => x.a)
                .Take(count))
            .ToListAsync(cancellationToken);
        if (pinned.Count >= count || topicIds.Count == 0)
        {
            return pinned;
        }

        var exclude = pinned.Select(p => p.Id).Append(articleId).ToList();
        var byTopic = await ToCards(Live(edition)
                .Where(a => !exclude.Contains(a.Id))
                .Select(a => new { a, Shared = a.Topics.Count(t => topicIds.Contains(t.TopicId)) })
                .Where(x => x.Shared > 0)
                .OrderByDescending(x => x.Shared).ThenByDescending(x => x.a.PublishedAt).ThenByDescending(x => x.a.Id)
                .Select(x => x.a)
                .Take(count - pinned.Count))
            .ToListAsync(cancellationToken);
        return [.. pinned, .. byTopic];
    }

    private static IQueryable<ArticleCard> ToCards(IQueryable<Article> query) =>
        query.Select(a => new ArticleCard(
            a.Id,
            a.EditionCode,
            a.Slug,
            a.Headline,
            a.Standfirst,
            a.PublishedAt!.Value,
            a.Section!.Slug,
            a.Section.Name,
            a.HeroImage == null ? null : new HeroImage(
                a.HeroImage.Id, a.HeroImage.Width, a.HeroImage.Height,
                a.HeroAltText ?? a.HeroImage.AltText, null, null, a.HeroImage.ContentType)));
}
