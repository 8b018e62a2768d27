using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Articles.Publishing;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Newsroom.Stories;

/// <summary>
/// Moving stories between states: submit for review, publish, schedule (an embargo: nothing publishes it earlier),
/// unpublish, correct. Every change readers can see goes through <see cref="ArticlePublishing"/>, so its event, the
/// outboxes and cache eviction come with it. <c>expectedVersion</c> null skips the version check (the scheduler, and
/// callers that just loaded the story).
/// </summary>
public sealed class StoryWorkflow(
    DatelineDbContext db,
    StoryEditing editing,
    StoryPublisher publisher,
    ArticlePublishing publishing,
    IStoryAuditTrail audit,
    TimeProvider time)
{
    public const int MaxCorrectionLength = 2000;

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Draft (or a live story's changed working copy) → in review. Contributors submit only their own drafts.</summary>
    public async Task<StoryResult> SubmitAsync(NewsroomActor actor, int id, int? expectedVersion, CancellationToken cancellationToken)
    {
        var (story, failure) = await LoadAsync(actor, id, expectedVersion, StoryRules.CanSubmit, cancellationToken);
        if (story is null)
        {
            return failure!;
        }

        if (story.State is not (StoryState.Draft or StoryState.Published or StoryState.Unpublished))
        {
            return StoryResult.NotInState($"A story that is {story.State} cannot be submitted.");
        }

        story.State = StoryState.InReview;
        Step(story, actor, StoryStepKind.Submitted);
        return await SaveStateAsync(actor, story, cancellationToken);
    }

    /// <summary>An Editor sends a story back to draft (after review, or to cancel a schedule).</summary>
    public async Task<StoryResult> ReturnToDraftAsync(NewsroomActor actor, int id, int? expectedVersion, CancellationToken cancellationToken)
    {
        var (story, failure) = await LoadAsync(actor, id, expectedVersion, (a, _) => StoryRules.CanPublish(a), cancellationToken);
        if (story is null)
        {
            return failure!;
        }

        story.State = StoryState.Draft;
        story.PublishAt = null;
        Step(story, actor, StoryStepKind.ReturnedToDraft);
        return await SaveStateAsync(actor, story, cancellationToken);
    }

    /// <summary>Publishes the working copy now. Refused while the story is scheduled for later (its embargo).</summary>
    public async Task<StoryResult> PublishAsync(NewsroomActor actor, int id, int? expectedVersion, CancellationToken cancellationToken)
    {
        var (story, failure) = await LoadAsync(actor, id, expectedVersion, (a, _) => StoryRules.CanPublish(a), cancellationToken);
        if (story is null)
        {
            return failure!;
        }

        var now = Now;
        if (story.State == StoryState.Scheduled && story.PublishAt > now)
        {
            return StoryResult.NotInState($"The story is embargoed until {story.PublishAt:u}; change its schedule to publish it earlier.");
        }

        return await PublishLoadedAsync(actor, story, now, cancellationToken);
    }

    /// <summary>Publishes at <paramref name="publishAt"/> (UTC, in the future); until then nothing publishes it.</summary>
    public async Task<StoryResult> ScheduleAsync(NewsroomActor actor, int id, DateTime publishAt, int? expectedVersion, CancellationToken cancellationToken)
    {
        var (story, failure) = await LoadAsync(actor, id, expectedVersion, (a, _) => StoryRules.CanPublish(a), cancellationToken);
        if (story is null)
        {
            return failure!;
        }

        if (publishAt.Kind != DateTimeKind.Utc || publishAt <= Now)
        {
            return StoryResult.Invalid(new Dictionary<string, string[]> { ["publishAt"] = ["Must be a UTC time in the future."] });
        }

        story.State = StoryState.Scheduled;
        story.PublishAt = publishAt;
        Step(story, actor, StoryStepKind.Scheduled, publishAt.ToString("u"));
        return await SaveStateAsync(actor, story, cancellationToken, "story.schedule", publishAt.ToString("u"));
    }

    /// <summary>Takes a live story down; its working copy and history stay.</summary>
    public async Task<StoryResult> UnpublishAsync(NewsroomActor actor, int id, int? expectedVersion, CancellationToken cancellationToken)
    {
        var (story, failure) = await LoadAsync(actor, id, expectedVersion, (a, _) => StoryRules.CanPublish(a), cancellationToken);
        if (story is null)
        {
            return failure!;
        }

        var article = story.Article!;
        if (article.Status != ArticleStatus.Published)
        {
            return StoryResult.NotInState("The story is not published.");
        }

        article.Status = ArticleStatus.Unpublished;
        article.Version++;
        story.State = StoryState.Unpublished;
        story.PublishAt = null;
        Touch(story, actor);
        Step(story, actor, StoryStepKind.Unpublished);
        await audit.RecordAsync(actor, "story.unpublish", id, null, cancellationToken);
        if (await SaveAsync(story, [(article, ArticleEventKind.Unpublished)], cancellationToken) is { } conflict)
        {
            return conflict;
        }

        return StoryResult.Ok(StoryEditing.View(story, article));
    }

    /// <summary>Adds a dated correction or update note to the live story (a new published revision; the working copy is untouched).</summary>
    public async Task<StoryResult> CorrectAsync(NewsroomActor actor, int id, CorrectionKind kind, string? text, CancellationToken cancellationToken)
    {
        var (story, failure) = await LoadAsync(actor, id, null, (a, _) => StoryRules.CanPublish(a), cancellationToken);
        if (story is null)
        {
            return failure!;
        }

        var note = text?.Trim();
        if (string.IsNullOrEmpty(note) || note.Length > MaxCorrectionLength || note.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            return StoryResult.Invalid(new Dictionary<string, string[]> { ["text"] = [$"Required, plain text of at most {MaxCorrectionLength} characters."] });
        }

        var article = story.Article!;
        if (article.Status != ArticleStatus.Published || article.PublishedRevisionId is null)
        {
            return StoryResult.NotInState("Only a published story can be corrected.");
        }

        var correction = new StoryCorrection
        {
            ArticleId = id,
            Kind = kind,
            Text = note,
            CreatedAt = Now,
            AuthorId = actor.UserId,
            AuthorName = actor.Name,
        };
        await publisher.StageCorrectionAsync(article, correction, cancellationToken);
        Touch(story, actor);
        Step(story, actor, StoryStepKind.Corrected, $"{kind}: {note}");
        await audit.RecordAsync(actor, "story.correct", id, $"{kind}: {note}", cancellationToken);
        if (await SaveAsync(story, [(article, ArticleEventKind.Corrected)], cancellationToken) is { } conflict)
        {
            return conflict;
        }

        return StoryResult.Ok(StoryEditing.View(story, article));
    }

    /// <summary>
    /// Runs several story operations as one: all of them commit, or none (the API's create-and-publish, a form's
    /// save-and-submit). Subscribers (cache eviction) run after the commit. A write that collides with another at the
    /// database is refused as a conflict rather than thrown.
    /// </summary>
    public async Task<StoryResult> InTransactionAsync(Func<CancellationToken, Task<StoryResult>> work, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        StoryResult result;
        try
        {
            result = await work(cancellationToken);
        }
        catch (DbUpdateException)
        {
            result = StoryResult.NotInState("Someone else changed this story at the same moment; load it again and retry.");
        }

        if (!result.Succeeded)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return result;
        }

        await transaction.CommitAsync(cancellationToken);
        var events = db.ChangeTracker.Entries<ArticleEvent>().Select(e => e.Entity).ToList();
        db.ChangeTracker.Clear();
        await publishing.NotifyAsync(events, cancellationToken);
        return result;
    }

    /// <summary>
    /// Publishes a story whose row the caller has loaded (and, for the scheduler, claimed). Saved through
    /// <see cref="ArticlePublishing"/>; inside a caller's transaction the caller commits and notifies.
    /// </summary>
    internal async Task<StoryResult> PublishLoadedAsync(NewsroomActor actor, Story story, DateTime now, CancellationToken cancellationToken)
    {
        var article = story.Article!;
        if (await db.Articles.AnyAsync(a => a.EditionCode == article.EditionCode && a.Slug == story.Fields.Slug && a.Id != article.Id, cancellationToken))
        {
            return StoryResult.Invalid(new Dictionary<string, string[]> { ["slug"] = ["Another story in this edition has this slug."] });
        }

        var kind = await publisher.StagePublishAsync(story, article, actor.UserId, now, cancellationToken);
        Touch(story, actor);
        Step(story, actor, StoryStepKind.Published);
        await audit.RecordAsync(actor, "story.publish", story.ArticleId, $"revision {story.RevisionNumber}", cancellationToken);
        if (await SaveAsync(story, [(article, kind)], cancellationToken) is { } conflict)
        {
            return conflict;
        }

        return StoryResult.Ok(StoryEditing.View(story, article));
    }

    private async Task<StoryResult> SaveStateAsync(NewsroomActor actor, Story story, CancellationToken cancellationToken, string? action = null, string? detail = null)
    {
        Touch(story, actor);
        if (action is not null)
        {
            await audit.RecordAsync(actor, action, story.ArticleId, detail, cancellationToken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await RaceLostAsync(story, cancellationToken);
        }

        return StoryResult.Ok(StoryEditing.View(story, story.Article!));
    }

    /// <summary>Saves a change readers see; a conflict result when another save won the race since the story was loaded.</summary>
    private async Task<StoryResult?> SaveAsync(Story story, IReadOnlyList<(Article, ArticleEventKind)> changes, CancellationToken cancellationToken)
    {
        try
        {
            await publishing.SaveAsync(db, changes, cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return await RaceLostAsync(story, cancellationToken);
        }
    }

    private async Task<StoryResult> RaceLostAsync(Story story, CancellationToken cancellationToken)
    {
        var mine = story.Fields;
        var myVersion = story.Version - 1;
        db.ChangeTracker.Clear();
        return await editing.LoadAsync(story.ArticleId, cancellationToken) is { } current
            ? StoryEditing.Conflict(current, mine, myVersion)
            : StoryResult.NotFound;
    }

    /// <summary>Staged with the step's own save, so the history never shows a step that did not happen.</summary>
    private void Step(Story story, NewsroomActor actor, StoryStepKind kind, string? detail = null) =>
        db.StorySteps.Add(new StoryStep
        {
            ArticleId = story.ArticleId,
            Kind = kind,
            RevisionNumber = story.RevisionNumber,
            ActorId = actor.UserId,
            ActorName = actor.Name,
            At = Now,
            Detail = detail,
        });

    private void Touch(Story story, NewsroomActor actor)
    {
        story.Version++;
        story.UpdatedById = actor.UserId;
        story.UpdatedByName = actor.Name;
        story.UpdatedAt = Now;
    }

    private async Task<(Story? Story, StoryResult? Failure)> LoadAsync(
        NewsroomActor actor, int id, int? expectedVersion, Func<NewsroomActor, Story, bool> allowed, CancellationToken cancellationToken)
    {
        var story = await editing.LoadAsync(id, cancellationToken);
        if (story is null)
        {
            return (null, StoryResult.NotFound);
        }

        if (!allowed(actor, story))
        {
            return (null, StoryResult.Forbidden("Your role may not do this to this story."));
        }

        return expectedVersion is { } expected && expected != story.Version
            ? (null, StoryEditing.Conflict(story, null, expected))
            : (story, null);
    }
}
