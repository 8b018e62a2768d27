using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Articles.Publishing;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Newsroom.Stories;

/// <summary>
/// Makes a story's working copy what readers see: writes an immutable <see cref="PublishedRevision"/> (the snapshot the
/// article page renders) and copies the fields lists, search and feeds read onto the article row and its topic, author
/// and pin links. It only stages changes on the context: callers save them through <see cref="ArticlePublishing"/>
/// with the returned event kind, so the change, its event and the outboxes commit together.
/// </summary>
public sealed class StoryPublisher(DatelineDbContext db)
{
    /// <summary>Stages the publication of the working copy; <see cref="ArticleEventKind.Updated"/> when it was already live.</summary>
    public async Task<ArticleEventKind> StagePublishAsync(Story story, Article article, string actorId, DateTime now, CancellationToken cancellationToken)
    {
        var fields = story.Fields;
        var wasLive = article.Status == ArticleStatus.Published;
        await db.Entry(article).Collection(a => a.Topics).LoadAsync(cancellationToken);
        await db.Entry(article).Collection(a => a.Authors).LoadAsync(cancellationToken);
        await db.Entry(article).Collection(a => a.PinnedRelated).LoadAsync(cancellationToken);

        article.Headline = fields.Headline;
        article.Standfirst = fields.Standfirst;
        article.BodyHtml = fields.BodyHtml;
        article.Slug = fields.Slug;
        article.DatelinePlace = fields.DatelinePlace;
        article.SectionId = fields.SectionId;
        article.AgencyId = fields.AgencyId;
        article.HeroImageId = fields.HeroImageId;
        article.HeroCaption = fields.HeroCaption;
        article.HeroCredit = fields.HeroCredit;
        article.HeroAltText = fields.HeroAltText;

        // First publication fixes the date readers see as "published"; later ones are updates (dateModified).
        article.PublishedAt = article.PublishedAt is { } first && (wasLive || article.PublishedRevisionId is not null || first <= now) ? first : now;
        article.UpdatedAt = wasLive ? now : article.UpdatedAt;
        article.Status = ArticleStatus.Published;
        article.Version++;
        Relink(article.Topics, fields.TopicIds, id => new ArticleTopic { ArticleId = article.Id, TopicId = id }, t => t.TopicId, (t, i) => t.SortOrder = i);
        Relink(article.Authors, fields.AuthorIds, id => new ArticleAuthor { ArticleId = article.Id, AuthorId = id }, a => a.AuthorId, (a, i) => a.SortOrder = i);
        Relink(article.PinnedRelated, fields.PinnedRelatedIds, id => new PinnedRelatedArticle { ArticleId = article.Id, RelatedArticleId = id }, p => p.RelatedArticleId, (p, i) => p.SortOrder = i);

        var corrections = await db.StoryCorrections.AsNoTracking()
            .Where(c => c.ArticleId == article.Id)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Select(c => new CorrectionNote(c.Kind == CorrectionKind.Update, c.CreatedAt, c.Text))
            .ToListAsync(cancellationToken);
        var snapshot = await SnapshotAsync(story.EditionCode, fields, article.PublishedAt.Value, article.UpdatedAt, corrections, cancellationToken);
        AddRevision(article, story.RevisionNumber, snapshot, actorId, now);

        story.State = StoryState.Published;
        story.PublishAt = null;
        story.PublishedRevisionNumber = story.RevisionNumber;
        return wasLive ? ArticleEventKind.Updated : ArticleEventKind.Published;
    }

    /// <summary>Stages a new published revision of a live story: the current snapshot with one more note.</summary>
    public async Task StageCorrectionAsync(Article article, StoryCorrection correction, CancellationToken cancellationToken)
    {
        var current = await db.PublishedRevisions.AsNoTracking()
            .Where(r => r.Id == article.PublishedRevisionId)
            .Select(r => new { r.Snapshot, r.RevisionNumber })
            .SingleAsync(cancellationToken);
        var note = new CorrectionNote(correction.Kind == CorrectionKind.Update, correction.CreatedAt, correction.Text);
        db.StoryCorrections.Add(correction);
        article.UpdatedAt = correction.CreatedAt;
        article.Version++;
        AddRevision(
            article,
            current.RevisionNumber,
            current.Snapshot with { UpdatedAt = correction.CreatedAt, Corrections = [.. current.Snapshot.Corrections, note] },
            correction.AuthorId,
            correction.CreatedAt);
    }

    /// <summary>Everything the page renders, resolved now so the page needs no joins.</summary>
    public async Task<ArticleSnapshot> SnapshotAsync(
        string edition, StoryFields fields, DateTime publishedAt, DateTime? updatedAt, IReadOnlyList<CorrectionNote> corrections,
        CancellationToken cancellationToken)
    {
        var section = await db.Sections.AsNoTracking().Where(s => s.Id == fields.SectionId).Select(s => new { s.Slug, s.Name }).SingleAsync(cancellationToken);
        var credit = fields.AgencyId is { } agencyId
            ? await db.Agencies.AsNoTracking().Where(a => a.Id == agencyId).Select(a => edition == "ar" ? a.CreditAr : a.Credit).SingleOrDefaultAsync(cancellationToken)
            : null;
        var image = fields.HeroImageId is { } imageId
            ? await db.MediaAssets.AsNoTracking().Where(m => m.Id == imageId)
                .Select(m => new HeroImage(m.Id, m.Width, m.Height, fields.HeroAltText ?? m.AltText, fields.HeroCaption ?? m.Caption, fields.HeroCredit ?? m.Credit, m.ContentType))
                .SingleOrDefaultAsync(cancellationToken)
            : null;
        var topicIds = fields.TopicIds.ToList();
        var topics = await db.Topics.AsNoTracking().Where(t => topicIds.Contains(t.Id)).Select(t => new TopicLink(t.Id, t.Slug, t.Name)).ToListAsync(cancellationToken);
        var authorIds = fields.AuthorIds.ToList();
        var authors = await db.Authors.AsNoTracking().Where(a => authorIds.Contains(a.Id)).Select(a => new AuthorLink(a.Id, a.Slug, a.Name, a.NameAr)).ToListAsync(cancellationToken);

        return Snapshot(
            edition, fields, publishedAt, updatedAt, corrections, section.Slug, section.Name, credit, image,
            [.. topicIds.Select(id => topics.Find(t => t.Id == id)).OfType<TopicLink>()],
            [.. authorIds.Select(id => authors.Find(a => a.Id == id)).OfType<AuthorLink>()]);
    }

    /// <summary>The snapshot of resolved parts, for callers that read them in bulk.</summary>
    public static ArticleSnapshot Snapshot(
        string edition, StoryFields fields, DateTime publishedAt, DateTime? updatedAt, IReadOnlyList<CorrectionNote> corrections,
        string sectionSlug, string sectionName, string? agencyCredit, HeroImage? image, IReadOnlyList<TopicLink> topics,
        IReadOnlyList<AuthorLink> authors) => new()
        {
            EditionCode = edition,
            Slug = fields.Slug,
            Headline = fields.Headline,
            Standfirst = fields.Standfirst,
            BodyHtml = fields.BodyHtml,
            DatelinePlace = fields.DatelinePlace,
            PublishedAt = publishedAt,
            UpdatedAt = updatedAt,
            SectionId = fields.SectionId,
            SectionSlug = sectionSlug,
            SectionName = sectionName,
            AgencyCredit = agencyCredit,
            Image = image,
            Topics = topics,
            Authors = authors,
            Corrections = corrections,
            SeoTitle = fields.SeoTitle,
            SeoDescription = fields.SeoDescription,
        };

    private void AddRevision(Article article, int revisionNumber, ArticleSnapshot snapshot, string actorId, DateTime now)
    {
        var revision = new PublishedRevision
        {
            Id = Guid.NewGuid(),
            ArticleId = article.Id,
            RevisionNumber = revisionNumber,
            CreatedAt = now,
            CreatedById = actorId,
            Snapshot = snapshot,
        };
        db.PublishedRevisions.Add(revision);
        article.PublishedRevisionId = revision.Id;
    }

    /// <summary>Makes a link list match the ids in order, keeping rows that stay (a join row's key cannot be re-added while its old row is tracked).</summary>
    private static void Relink<T>(List<T> links, IReadOnlyList<int> ids, Func<int, T> create, Func<T, int> idOf, Action<T, int> setOrder)
    {
        links.RemoveAll(l => !ids.Contains(idOf(l)));
        foreach (var (id, order) in ids.Select((id, i) => (id, i)))
        {
            var link = links.Find(l => idOf(l) == id);
            if (link is null)
            {
                link = create(id);
                links.Add(link);
            }

            setOrder(link, order);
        }
    }
}
