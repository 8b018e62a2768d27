using Dateline.Web.Features.Articles;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Newsroom.Stories;

/// <summary>
/// Writing stories: create, save the working copy (every save is a revision, and a save over a version someone else
/// saved in between is refused with both versions), read, list, and restore a revision as a new one. Changes to a
/// live story stay in the working copy; readers see them only when <see cref="StoryWorkflow"/> publishes.
/// </summary>
public sealed class StoryEditing(
    DatelineDbContext db,
    StoryValidation validation,
    IStoryAuditTrail audit,
    TimeProvider time)
{
    public const int MaxPageSize = 100;

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Creates a story as a draft (its article row is in Draft status, which no reader sees) with its first revision.
    /// Saved but not committed when the caller holds a transaction (the API creates and publishes in one).
    /// </summary>
    public async Task<StoryResult> CreateAsync(NewsroomActor actor, string edition, StoryInput input, CancellationToken cancellationToken)
    {
        if (!await db.Editions.AnyAsync(e => e.Code == edition, cancellationToken))
        {
            return StoryResult.Invalid(new Dictionary<string, string[]> { ["edition"] = [$"No edition '{edition}'."] });
        }

        var (fields, errors) = await validation.ValidateAsync(edition, null, input, null, cancellationToken);
        if (fields is null)
        {
            return StoryResult.Invalid(errors);
        }

        var now = Now;
        var article = new Article
        {
            EditionCode = edition,
            Slug = fields.Slug,
            Headline = fields.Headline,
            SectionId = fields.SectionId,
            Status = ArticleStatus.Draft,
            CreatedAt = now,
        };
        var story = new Story
        {
            Article = article,
            EditionCode = edition,
            State = StoryState.Draft,
            Fields = fields,
            Version = 1,
            RevisionNumber = 1,
            CreatedById = actor.UserId,
            CreatedByName = actor.Name,
            CreatedAt = now,
            UpdatedById = actor.UserId,
            UpdatedByName = actor.Name,
            UpdatedAt = now,
        };
        // The revision needs the article's generated id: two statements, one transaction (the caller's if it has one).
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        db.Stories.Add(story);
        await db.SaveChangesAsync(cancellationToken);
        db.StoryRevisions.Add(Revision(story, actor, now));
        await audit.RecordAsync(actor, "story.create", story.ArticleId, fields.Headline, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return StoryResult.Ok(View(story, article));
    }

    /// <summary>
    /// Saves the working copy over <paramref name="expectedVersion"/>. A different current version is a conflict carrying
    /// the saved story and the submitted fields. Saving unchanged fields is a no-op that returns the story.
    /// </summary>
    public async Task<StoryResult> SaveAsync(
        NewsroomActor actor, int id, int expectedVersion, StoryInput input, CancellationToken cancellationToken, int? restoredFrom = null)
    {
        if (await LoadAsync(id, cancellationToken) is not { } story)
        {
            return StoryResult.NotFound;
        }

        if (!StoryRules.CanEdit(actor, story))
        {
            return StoryResult.Forbidden(StoryRules.CanRead(actor, story)
                ? "A Contributor may only change their own drafts before they are submitted."
                : "You may not change this story.");
        }

        var (fields, errors) = await validation.ValidateAsync(story.EditionCode, id, input, story.Fields.Slug, cancellationToken);
        if (story.Version != expectedVersion)
        {
            return Conflict(story, fields, expectedVersion);
        }

        if (fields is null)
        {
            return StoryResult.Invalid(errors);
        }

        if (fields.SameAs(story.Fields) && restoredFrom is null)
        {
            return StoryResult.Ok(View(story, story.Article!));
        }

        var now = Now;
        story.Fields = fields;
        story.Version++;
        story.RevisionNumber++;
        story.UpdatedById = actor.UserId;
        story.UpdatedByName = actor.Name;
        story.UpdatedAt = now;
        db.StoryRevisions.Add(Revision(story, actor, now, restoredFrom));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another save won the race between our read and our write (the version token or the revision number).
            db.ChangeTracker.Clear();
            return await LoadAsync(id, cancellationToken) is { } current ? Conflict(current, fields, expectedVersion) : StoryResult.NotFound;
        }

        return StoryResult.Ok(View(story, story.Article!));
    }

    /// <summary>Saves an earlier revision's fields as a new revision (history is never rewritten).</summary>
    public async Task<StoryResult> RestoreAsync(NewsroomActor actor, int id, int revisionNumber, int expectedVersion, CancellationToken cancellationToken)
    {
        var fields = await db.StoryRevisions.AsNoTracking()
            .Where(r => r.ArticleId == id && r.Number == revisionNumber)
            .Select(r => r.Fields)
            .SingleOrDefaultAsync(cancellationToken);
        if (fields is null)
        {
            return StoryResult.NotFound;
        }

        // The slug is kept as the revision had it only if still free; otherwise the current one stays.
        return await SaveAsync(actor, id, expectedVersion, StoryInput.From(fields), cancellationToken, restoredFrom: revisionNumber);
    }

    public async Task<StoryResult> GetAsync(NewsroomActor actor, int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken, tracked: false) is not { } story)
        {
            return StoryResult.NotFound;
        }

        return StoryRules.CanRead(actor, story) ? StoryResult.Ok(View(story, story.Article!)) : StoryResult.Forbidden("You may not read this story.");
    }

    /// <summary>Revisions newest first, without their fields.</summary>
    public async Task<IReadOnlyList<StoryRevisionSummary>> RevisionsAsync(int id, CancellationToken cancellationToken) =>
        await db.StoryRevisions.AsNoTracking()
            .Where(r => r.ArticleId == id)
            .OrderByDescending(r => r.Number)
            .Select(r => new StoryRevisionSummary(r.Number, r.AuthorId, r.AuthorName, r.CreatedAt, r.Note, r.RestoredFrom))
            .ToListAsync(cancellationToken);

    /// <summary>Workflow steps newest first.</summary>
    public async Task<IReadOnlyList<StoryStep>> StepsAsync(int id, CancellationToken cancellationToken) =>
        await db.StorySteps.AsNoTracking().Where(s => s.ArticleId == id).OrderByDescending(s => s.Id).ToListAsync(cancellationToken);

    /// <summary>One revision's fields, for the diff and restore pages.</summary>
    public async Task<StoryRevision?> RevisionAsync(int id, int number, CancellationToken cancellationToken) =>
        await db.StoryRevisions.AsNoTracking().SingleOrDefaultAsync(r => r.ArticleId == id && r.Number == number, cancellationToken);

    /// <summary>
    /// Stories newest first (by id), filtered; a Contributor sees only their own. <paramref name="afterId"/> is the keyset:
    /// the last id of the previous page.
    /// </summary>
    public async Task<IReadOnlyList<StoryView>> ListAsync(
        NewsroomActor actor, StoryState? state, string? edition, int? afterId, int size, CancellationToken cancellationToken)
    {
        var query = db.Stories.AsNoTracking().Include(s => s.Article).AsQueryable();
        if (!actor.IsEditor)
        {
            query = query.Where(s => s.CreatedById == actor.UserId);
        }

        if (state is { } wanted)
        {
            query = query.Where(s => s.State == wanted);
        }

        if (!string.IsNullOrEmpty(edition))
        {
            query = query.Where(s => s.EditionCode == edition);
        }

        if (afterId is { } after)
        {
            query = query.Where(s => s.ArticleId < after);
        }

        var stories = await query.OrderByDescending(s => s.ArticleId).Take(Math.Clamp(size, 1, MaxPageSize)).ToListAsync(cancellationToken);
        return [.. stories.Select(s => View(s, s.Article!))];
    }

    internal async Task<Story?> LoadAsync(int id, CancellationToken cancellationToken, bool tracked = true)
    {
        var query = db.Stories.Include(s => s.Article).Where(s => s.ArticleId == id);
        return await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(cancellationToken);
    }

    internal static StoryRevision Revision(Story story, NewsroomActor actor, DateTime now, int? restoredFrom = null, string? note = null) => new()
    {
        ArticleId = story.ArticleId,
        Number = story.RevisionNumber,
        Fields = story.Fields,
        AuthorId = actor.UserId,
        AuthorName = actor.Name,
        CreatedAt = now,
        Note = note ?? (restoredFrom is { } from ? $"Restored revision {from}" : null),
        RestoredFrom = restoredFrom,
    };

    internal static StoryResult Conflict(Story current, StoryFields? mine, int myVersion) =>
        new(StoryOutcome.Conflict)
        {
            Conflict = new StoryConflict(View(current, current.Article!), mine, myVersion),
            Message = $"{current.UpdatedByName} saved this story at {current.UpdatedAt:u} (version {current.Version}); you edited version {myVersion}.",
        };

    public static StoryView View(Story story, Article article)
    {
        var live = article.Status == ArticleStatus.Published;
        return new StoryView(
            story.ArticleId, story.EditionCode, story.State, story.Version, story.Fields, story.RevisionNumber, story.PublishedRevisionNumber,
            live, article.PublishedAt, story.PublishAt, story.CreatedById, story.CreatedByName, story.CreatedAt, story.UpdatedById,
            story.UpdatedByName, story.UpdatedAt, live ? ArticlePaths.Article(article.EditionCode, article.Id, article.Slug) : null);
    }
}
