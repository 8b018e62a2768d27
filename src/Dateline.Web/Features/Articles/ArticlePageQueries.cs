using System.Linq.Expressions;
using Dateline.Web.Features.Newsroom.Stories;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Articles;

/// <summary>
/// The reads behind an article page, compiled once per host. The article page is the site's hottest uncached path:
/// compiling skips EF's per-call expression work, and each statement is kept simple because SQLite prepares every
/// command afresh, at a cost that grows with the SQL. A singleton rather than static fields, so that hosts on
/// different providers in one process (the test suite) never share a compiled query.
/// </summary>
public sealed class ArticlePageQueries
{
    /// <summary>
    /// The card as one flat join of an article, its section and its image. The "More on this Topic" reads join these
    /// explicitly before they order and limit: with the card's navigations instead, EF limits a subquery first and
    /// joins the section and image to it afterwards, and SQLite copies that subquery into a temporary table, which
    /// cost about a third of each of those statements.
    /// </summary>
    public static readonly Expression<Func<CardRow, ArticleCard>> CardOfRow = r => new ArticleCard(
        r.Article.Id,
        r.Article.EditionCode,
        r.Article.Slug,
        r.Article.Headline,
        r.Article.Standfirst,
        r.Article.PublishedAt!.Value,
        r.Section.Slug,
        r.Section.Name,
        r.Image == null ? null : new HeroImage(
            r.Image.Id, r.Image.Width, r.Image.Height,
            r.Article.HeroAltText ?? r.Image.AltText, null, null, r.Image.ContentType, r.Image.FocalX, r.Image.FocalY, false));

    /// <summary>The same card through the article's navigations, for lists that limit the articles themselves.</summary>
    public static readonly Expression<Func<Article, ArticleCard>> Card = CardRow.OverNavigations(CardOfRow);

    /// <summary>A live article by id in one edition, without its topics and authors.</summary>
    public Func<DatelineDbContext, string, int, DateTime, CancellationToken, Task<ArticleDetail?>> Article { get; } =
        EF.CompileAsyncQuery((DatelineDbContext db, string edition, int id, DateTime now, CancellationToken _) =>
            db.Articles.AsNoTracking()
                .Where(a => a.Id == id && a.EditionCode == edition && a.Status == ArticleStatus.Published && a.PublishedAt <= now)
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
                        a.HeroImage.ContentType, a.HeroImage.FocalX, a.HeroImage.FocalY, a.HeroImage.ReadersMayDownload),
                    a.TranslationGroupId,
                    a.PinnedRelated.Any(),
                    Array.Empty<TopicLink>(),
                    Array.Empty<AuthorLink>()))
                .FirstOrDefault());

    /// <summary>
    /// A live article's published snapshot (JSON) with the two things that live on the row, in one statement; the
    /// snapshot is null for a row published before revisions existed, which <see cref="Article"/> then reads.
    /// </summary>
    public Func<DatelineDbContext, string, int, DateTime, CancellationToken, Task<PublishedRow?>> Published { get; } =
        EF.CompileAsyncQuery((DatelineDbContext db, string edition, int id, DateTime now, CancellationToken _) =>
            (from a in db.Articles.AsNoTracking()
             where a.Id == id && a.EditionCode == edition && a.Status == ArticleStatus.Published && a.PublishedAt <= now
             join r in db.PublishedRevisions on a.PublishedRevisionId equals r.Id into revisions
             from r in revisions.DefaultIfEmpty()
             join m in db.MediaAssets on a.HeroImageId equals m.Id into images
             from m in images.DefaultIfEmpty()
             select new PublishedRow(
                 r == null ? null : r.Snapshot, a.TranslationGroupId, a.PinnedRelated.Any(),
                 m != null && m.ReadersMayDownload, m == null ? 50 : m.FocalX, m == null ? 50 : m.FocalY))
            .FirstOrDefault());

    public Func<DatelineDbContext, int, IAsyncEnumerable<TopicLink>> Topics { get; } =
        EF.CompileAsyncQuery((DatelineDbContext db, int articleId) =>
            db.ArticleTopics.AsNoTracking()
                .Where(t => t.ArticleId == articleId)
                .OrderBy(t => t.SortOrder)
                .Select(t => new TopicLink(t.TopicId, t.Topic!.Slug, t.Topic.Name)));

    public Func<DatelineDbContext, int, IAsyncEnumerable<AuthorLink>> Authors { get; } =
        EF.CompileAsyncQuery((DatelineDbContext db, int articleId) =>
            db.ArticleAuthors.AsNoTracking()
                .Where(t => t.ArticleId == articleId)
                .OrderBy(t => t.SortOrder)
                .Select(t => new AuthorLink(t.AuthorId, t.Author!.Slug, t.Author.Name, t.Author.NameAr)));

    /// <summary>The editor's pinned related stories that are live in the edition, in the editor's order.</summary>
    public Func<DatelineDbContext, string, int, DateTime, int, IAsyncEnumerable<ArticleCard>> Pinned { get; } =
        EF.CompileAsyncQuery((DatelineDbContext db, string edition, int articleId, DateTime now, int count) =>
            (from p in db.PinnedRelatedArticles.AsNoTracking()
             join a in db.Articles on p.RelatedArticleId equals a.Id
             join s in db.Sections on a.SectionId equals s.Id
             join m in db.MediaAssets on a.HeroImageId equals m.Id into images
             from m in images.DefaultIfEmpty()
             where p.ArticleId == articleId && p.RelatedArticleId != articleId
                 && a.EditionCode == edition && a.Status == ArticleStatus.Published && a.PublishedAt <= now
             orderby p.SortOrder
             select new CardRow { Article = a, Section = s, Image = m })
            .Select(CardOfRow)
            .Take(count));

    /// <summary>
    /// How many of each topic's newest live stories "More on this Topic" ranks. Bounds the read: without it a story
    /// in a topic with tens of thousands of stories counted shared topics over all of them on every uncached view
    /// (96 ms for one read on a 100,000-story archive, measured with the sqlite3 shell).
    /// </summary>
    public const int CandidatesPerTopic = 100;

    /// <summary>
    /// Live stories sharing topics with the article, most shared topics first, then newest, among the
    /// <see cref="CandidatesPerTopic"/> newest live stories of each of the article's topics. Reads only the topic links,
    /// which carry their article's status and publication time; the edition is checked when the chosen cards are read.
    /// </summary>
    public Func<DatelineDbContext, int, DateTime, int, IAsyncEnumerable<TopicOverlap>> SharingTopics { get; } =
        EF.CompileAsyncQuery((DatelineDbContext db, int articleId, DateTime now, int count) =>
            (from mine in db.ArticleTopics
             where mine.ArticleId == articleId
             // The publication time of the topic's CandidatesPerTopic-th newest live story: the index range below
             // starts there. A topic with fewer stories has none, and all of them count.
             let oldest = db.ArticleTopics
                 .Where(o => o.TopicId == mine.TopicId
                     && EF.Property<ArticleStatus>(o, ArticleTopicConfiguration.ArticleStatus) == ArticleStatus.Published
                     && EF.Property<DateTime?>(o, ArticleTopicConfiguration.ArticlePublishedAt) <= now)
                 .OrderByDescending(o => EF.Property<DateTime?>(o, ArticleTopicConfiguration.ArticlePublishedAt))
                 .Select(o => EF.Property<DateTime?>(o, ArticleTopicConfiguration.ArticlePublishedAt))
                 .Skip(CandidatesPerTopic - 1)
                 .FirstOrDefault()
             from other in db.ArticleTopics
             where other.TopicId == mine.TopicId && other.ArticleId != articleId
                 && EF.Property<ArticleStatus>(other, ArticleTopicConfiguration.ArticleStatus) == ArticleStatus.Published
                 && EF.Property<DateTime?>(other, ArticleTopicConfiguration.ArticlePublishedAt) <= now
                 && EF.Property<DateTime?>(other, ArticleTopicConfiguration.ArticlePublishedAt) >= (oldest ?? DateTime.MinValue)
             group EF.Property<DateTime?>(other, ArticleTopicConfiguration.ArticlePublishedAt) by other.ArticleId into g
             select new { ArticleId = g.Key, Count = g.Count(), PublishedAt = g.Max() })
            .OrderByDescending(c => c.Count).ThenByDescending(c => c.PublishedAt).ThenByDescending(c => c.ArticleId)
            .Take(count)
            .Select(c => new TopicOverlap(c.ArticleId, c.Count, c.PublishedAt!.Value)));

    /// <summary>The same story live in another edition.</summary>
    public Func<DatelineDbContext, int, string, DateTime, CancellationToken, Task<TranslationLink?>> Translation { get; } =
        EF.CompileAsyncQuery((DatelineDbContext db, int group, string edition, DateTime now, CancellationToken _) =>
            db.Articles.AsNoTracking()
                .Where(t => t.TranslationGroupId == group && t.EditionCode != edition
                    && t.Status == ArticleStatus.Published && t.PublishedAt <= now)
                .Select(t => new TranslationLink(t.EditionCode, t.Id, t.Slug))
                .FirstOrDefault());
}
