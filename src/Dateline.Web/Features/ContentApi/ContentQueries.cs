using System.Globalization;
using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Editions;
using Dateline.Web.Features.Media;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.ContentApi;

/// <summary>The content API's reads: live content only, projected straight into the allow-listed records.</summary>
public sealed class ContentQueries(
    DatelineDbContext db, LiveArticles live, EditionCatalog editions, IOptions<MediaOptions> media, TimeProvider clock)
{
    internal async Task<(IReadOnlyList<ContentArticleSummary> Items, ArticleCursor? Next)> ArticlesAsync(
        ArticleFilter filter, ContentLinks links, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var query = db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Published && a.PublishedAt <= now);
        if (filter.Edition is { } edition)
        {
            query = query.Where(a => a.EditionCode == edition);
        }

        if (filter.Section is { } section)
        {
            query = ArticleFilter.AsId(section) is { } sectionId
                ? query.Where(a => a.SectionId == sectionId)
                : query.Where(a => a.Section!.Slug == section);
        }

        if (filter.Topic is { } topic)
        {
            query = ArticleFilter.AsId(topic) is { } topicId
                ? query.Where(a => a.Topics.Any(t => t.TopicId == topicId))
                : query.Where(a => a.Topics.Any(t => t.Topic!.Slug == topic));
        }

        if (filter.Author is { } author)
        {
            query = ArticleFilter.AsId(author) is { } authorId
                ? query.Where(a => a.Authors.Any(x => x.AuthorId == authorId))
                : query.Where(a => a.Authors.Any(x => x.Author!.Slug == author));
        }

        if (filter.UpdatedSince is { } since)
        {
            // A new revision need not move UpdatedAt (only corrections shown to readers do), so the change feed
            // counts as well: any event recorded for the article since then.
            query = query.Where(a => a.PublishedAt >= since || a.UpdatedAt >= since
                || db.ArticleEvents.Any(e => e.ArticleId == a.Id && e.OccurredAt >= since));
        }

        if (filter.After is { } cursor)
        {
            query = query.Where(a => a.PublishedAt < cursor.PublishedAt || (a.PublishedAt == cursor.PublishedAt && a.Id < cursor.Id));
        }

        var rows = await query
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Take(filter.Limit + 1)
            .Select(a => new ArticleRow(
                a.Id, a.EditionCode, a.Slug, a.Headline, a.Standfirst, a.PublishedAt!.Value, a.UpdatedAt,
                a.SectionId, a.Section!.Slug, a.Section.Name,
                a.HeroImageId,
                a.HeroImage == null ? 0 : a.HeroImage.Width,
                a.HeroImage == null ? 0 : a.HeroImage.Height,
                a.HeroImage == null ? null : a.HeroAltText ?? a.HeroImage.AltText,
                a.HeroImage == null ? null : a.HeroCaption ?? a.HeroImage.Caption,
                a.HeroImage == null ? null : a.HeroCredit ?? a.HeroImage.Credit))
            .ToListAsync(cancellationToken);

        ArticleCursor? next = null;
        if (rows.Count > filter.Limit)
        {
            rows.RemoveAt(filter.Limit);
            next = new ArticleCursor(rows[^1].PublishedAt, rows[^1].Id);
        }

        var items = rows.Select(r => new ContentArticleSummary(
            r.Id,
            r.EditionCode,
            links.Absolute(ArticlePaths.Article(r.EditionCode, r.Id, r.Slug)),
            r.Headline,
            r.Standfirst,
            Section(r.SectionId, r.EditionCode, r.SectionSlug, r.SectionName, links),
            Utc(r.PublishedAt),
            r.UpdatedAt is { } updated ? Utc(updated) : null,
            r.ImageId is { } imageId ? Image(imageId, r.ImageWidth, r.ImageHeight, r.AltText, r.Caption, r.Credit, links) : null)).ToList();
        return (items, next);
    }

    /// <summary>A live article in any edition, as the article page shows it; null when there is none.</summary>
    public async Task<ContentArticle?> ArticleAsync(int id, ContentLinks links, CancellationToken cancellationToken)
    {
        var edition = await db.Articles.AsNoTracking().Where(a => a.Id == id).Select(a => a.EditionCode).FirstOrDefaultAsync(cancellationToken);
        if (edition is null
            || await editions.FindAsync(edition, cancellationToken) is not { } view
            || await live.FindAsync(edition, id, cancellationToken) is not { } article)
        {
            return null;
        }

        return new ContentArticle(
            article.Id,
            article.EditionCode,
            view.Culture,
            view.Dir,
            links.Absolute(article.Path),
            article.Slug,
            article.Headline,
            article.Standfirst,
            article.BodyHtml,
            article.DatelinePlace,
            article.AgencyCredit,
            Section(article.SectionId, article.EditionCode, article.SectionSlug, article.SectionName, links),
            [.. article.Topics.Select(t => new ContentTopic(t.Id, article.EditionCode, t.Slug, t.Name, links.Absolute(ArticlePaths.Topic(article.EditionCode, t.Slug))))],
            [.. article.Authors.Select(a => new ContentAuthor(a.Id, a.Slug, a.Name, a.NameAr))],
            Utc(article.PublishedAt),
            article.UpdatedAt is { } updated ? Utc(updated) : null,
            article.Image is { } image
                ? Image(image.AssetId, image.Width, image.Height, image.AltText, image.Caption, image.Credit, links)
                : null);
    }

    public async Task<IReadOnlyList<ContentSection>> SectionsAsync(string? edition, ContentLinks links, CancellationToken cancellationToken)
    {
        var query = db.Sections.AsNoTracking();
        if (edition is not null)
        {
            query = query.Where(s => s.EditionCode == edition);
        }

        var rows = await query.OrderBy(s => s.EditionCode).ThenBy(s => s.SortOrder).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.EditionCode, s.Slug, s.Name })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(s => Section(s.Id, s.EditionCode, s.Slug, s.Name, links))];
    }

    /// <summary>Topics by ascending id after <paramref name="afterId"/>; one more than asked tells whether a next page exists.</summary>
    public async Task<IReadOnlyList<ContentTopic>> TopicsAsync(
        string? edition, int afterId, int take, ContentLinks links, CancellationToken cancellationToken)
    {
        var query = db.Topics.AsNoTracking().Where(t => t.Id > afterId);
        if (edition is not null)
        {
            query = query.Where(t => t.EditionCode == edition);
        }

        var rows = await query.OrderBy(t => t.Id).Take(take)
            .Select(t => new { t.Id, t.EditionCode, t.Slug, t.Name })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(t => new ContentTopic(t.Id, t.EditionCode, t.Slug, t.Name, links.Absolute(ArticlePaths.Topic(t.EditionCode, t.Slug))))];
    }

    /// <summary>Authors by ascending id after <paramref name="afterId"/>.</summary>
    public async Task<IReadOnlyList<ContentAuthor>> AuthorsAsync(int afterId, int take, CancellationToken cancellationToken) =>
        await db.Authors.AsNoTracking().Where(a => a.Id > afterId).OrderBy(a => a.Id).Take(take)
            .Select(a => new ContentAuthor(a.Id, a.Slug, a.Name, a.NameAr))
            .ToListAsync(cancellationToken);

    public async ValueTask<bool> IsEditionAsync(string code, CancellationToken cancellationToken) =>
        await editions.FindAsync(code, cancellationToken) is not null;

    private static ContentSection Section(int id, string edition, string slug, string name, ContentLinks links) =>
        new(id, edition, slug, name, links.Absolute(ArticlePaths.Section(edition, slug)));

    private ContentImage Image(int id, int width, int height, string? alt, string? caption, string? credit, ContentLinks links) =>
        new(id, width, height, alt, caption, credit, [.. media.Value.WidthsFor(width).Select(w => new ContentRendition(
            Math.Min(w, width),
            width > 0 ? (int)Math.Round((double)height * Math.Min(w, width) / width) : height,
            "image/jpeg",
            links.Absolute(MediaUrls.RenditionUrl(id, w, RenditionFormat.Jpeg))))]);

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    /// <summary>Invariant digits for ids written into cursors and links.</summary>
    internal static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
