using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Articles.Publishing;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Newsroom.Stories;

/// <summary>
/// Brings articles written outside the newsroom (demo content; later imports) under the workflow: each gets a working
/// copy and a first revision, a live one its published snapshot (saved through <see cref="ArticlePublishing"/>, so its
/// event and outbox rows come with it), a scheduled one its place in <see cref="ScheduledPublisher"/>'s queue.
/// The articles must be saved already (they need ids); the caller's transaction, if any, commits.
/// </summary>
public sealed class StoryImport(ArticlePublishing publishing, TimeProvider time)
{
    public async Task AdoptAsync(DatelineDbContext db, IReadOnlyList<Article> articles, NewsroomActor actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        // Everything the snapshots name, read once: demo seeding runs inside the start-up lock, which other nodes wait on.
        var sectionIds = articles.Select(a => a.SectionId).Distinct().ToList();
        var sections = await db.Sections.AsNoTracking().Where(s => sectionIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var agencies = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, cancellationToken);
        var imageIds = articles.Where(a => a.HeroImageId is not null).Select(a => a.HeroImageId!.Value).Distinct().ToList();
        var images = await db.MediaAssets.AsNoTracking().Where(m => imageIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
        var topicIds = articles.SelectMany(a => a.Topics).Select(t => t.TopicId).Distinct().ToList();
        var topics = await db.Topics.AsNoTracking().Where(t => topicIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        var authorIds = articles.SelectMany(a => a.Authors).Select(a => a.AuthorId).Distinct().ToList();
        var authors = await db.Authors.AsNoTracking().Where(a => authorIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var changes = new List<(Article, ArticleEventKind)>();
        foreach (var article in articles)
        {
            var fields = new StoryFields
            {
                Headline = article.Headline,
                Standfirst = article.Standfirst,
                BodyHtml = article.BodyHtml,
                Slug = article.Slug,
                DatelinePlace = article.DatelinePlace,
                SectionId = article.SectionId,
                AgencyId = article.AgencyId,
                HeroImageId = article.HeroImageId,
                HeroCaption = article.HeroCaption,
                HeroCredit = article.HeroCredit,
                HeroAltText = article.HeroAltText,
                TopicIds = [.. article.Topics.OrderBy(t => t.SortOrder).Select(t => t.TopicId)],
                AuthorIds = [.. article.Authors.OrderBy(a => a.SortOrder).Select(a => a.AuthorId)],
                PinnedRelatedIds = [.. article.PinnedRelated.OrderBy(p => p.SortOrder).Select(p => p.RelatedArticleId)],
            };
            var live = article.IsLive(now);
            var story = new Story
            {
                ArticleId = article.Id,
                EditionCode = article.EditionCode,
                State = live ? StoryState.Published
                    : article.Status == ArticleStatus.Scheduled ? StoryState.Scheduled
                    : article.Status == ArticleStatus.Unpublished ? StoryState.Unpublished
                    : StoryState.Draft,
                Fields = fields,
                Version = 1,
                RevisionNumber = 1,
                PublishedRevisionNumber = live ? 1 : null,
                PublishAt = article.Status == ArticleStatus.Scheduled ? article.PublishedAt : null,
                CreatedById = actor.UserId,
                CreatedByName = actor.Name,
                CreatedAt = article.CreatedAt,
                UpdatedById = actor.UserId,
                UpdatedByName = actor.Name,
                UpdatedAt = article.CreatedAt,
            };
            db.Stories.Add(story);
            db.StoryRevisions.Add(StoryEditing.Revision(story, actor, article.CreatedAt, note: "Imported"));
            if (live)
            {
                var section = sections[fields.SectionId];
                var image = fields.HeroImageId is { } imageId && images.TryGetValue(imageId, out var m)
                    ? new HeroImage(m.Id, m.Width, m.Height, fields.HeroAltText ?? m.AltText, fields.HeroCaption ?? m.Caption, fields.HeroCredit ?? m.Credit, m.ContentType)
                    : null;
                var snapshot = StoryPublisher.Snapshot(
                    article.EditionCode, fields, article.PublishedAt!.Value, article.UpdatedAt, [], section.Slug, section.Name,
                    fields.AgencyId is { } agencyId && agencies.TryGetValue(agencyId, out var agency) ? agency.CreditFor(article.EditionCode) : null,
                    image,
                    [.. fields.TopicIds.Where(topics.ContainsKey).Select(id => new TopicLink(id, topics[id].Slug, topics[id].Name))],
                    [.. fields.AuthorIds.Where(authors.ContainsKey).Select(id => new AuthorLink(id, authors[id].Slug, authors[id].Name, authors[id].NameAr))]);
                var revision = new PublishedRevision
                {
                    Id = Guid.NewGuid(),
                    ArticleId = article.Id,
                    RevisionNumber = 1,
                    CreatedAt = now,
                    CreatedById = actor.UserId,
                    Snapshot = snapshot,
                };
                db.PublishedRevisions.Add(revision);
                article.PublishedRevisionId = revision.Id;
                changes.Add((article, ArticleEventKind.Published));
            }
        }

        await publishing.SaveAsync(db, changes, cancellationToken);
    }
}
