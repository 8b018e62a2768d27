using Dateline.Web.Features.Accounts;

namespace Dateline.Web.Features.Newsroom.Stories.Api;

/// <summary>
/// The small JSON endpoints the story editor page calls: the edit lock (open, heartbeat, take over, release) and the
/// revision list and restore. Under the articles API's path, for any newsroom role; the services decide per story.
/// </summary>
public static class StoryLocksApi
{
    public static IEndpointRouteBuilder MapStoryLocksApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(NewsroomArticlesApi.BasePath + "/{id:int}")
            .WithTags("Newsroom articles")
            .RequireAuthorization(NewsroomPolicies.Contributor)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("lock", OpenAsync)
            .WithName("OpenStoryLock")
            .WithSummary("Takes the edit lock if free (or with ?takeOver=true from whoever holds it); says who holds it otherwise.");
        group.MapPost("lock/heartbeat", HeartbeatAsync)
            .WithName("BeatStoryLock")
            .WithSummary("Keeps the edit lock; `held: false, takenOver: true` means someone took it over.");
        group.MapDelete("lock", ReleaseAsync)
            .WithName("ReleaseStoryLock")
            .WithSummary("Lets go of the edit lock.");
        group.MapGet("revisions", RevisionsAsync)
            .WithName("ListStoryRevisions")
            .WithSummary("Every saved revision, newest first, with author and time.");
        group.MapPost("revisions/{number:int}/restore", RestoreAsync)
            .WithName("RestoreStoryRevision")
            .WithSummary("Saves an earlier revision as a new one; requires If-Match.")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return app;
    }

    private static async Task<IResult> OpenAsync(int id, bool? takeOver, HttpContext context, StoryEditing editing, EditLocks locks, CancellationToken cancellationToken)
    {
        if (await ReadableAsync(id, context, editing, cancellationToken) is not { } actor)
        {
            return await DeniedAsync(id, context, editing, cancellationToken);
        }

        return await locks.OpenAsync(actor, id, takeOver == true, cancellationToken) is { } state
            ? TypedResults.Ok(state)
            : NewsroomArticlesApi.Problem(StatusCodes.Status404NotFound, "No such story.");
    }

    private static async Task<IResult> HeartbeatAsync(int id, HttpContext context, StoryEditing editing, EditLocks locks, CancellationToken cancellationToken)
    {
        if (await ReadableAsync(id, context, editing, cancellationToken) is not { } actor)
        {
            return await DeniedAsync(id, context, editing, cancellationToken);
        }

        return await locks.HeartbeatAsync(actor, id, cancellationToken) is { } state
            ? TypedResults.Ok(state)
            : NewsroomArticlesApi.Problem(StatusCodes.Status404NotFound, "No such story.");
    }

    private static async Task<IResult> ReleaseAsync(int id, HttpContext context, StoryEditing editing, EditLocks locks, CancellationToken cancellationToken)
    {
        if (await ReadableAsync(id, context, editing, cancellationToken) is not { } actor)
        {
            return await DeniedAsync(id, context, editing, cancellationToken);
        }

        await locks.ReleaseAsync(actor, id, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> RevisionsAsync(int id, HttpContext context, StoryEditing editing, CancellationToken cancellationToken)
    {
        if (await ReadableAsync(id, context, editing, cancellationToken) is null)
        {
            return await DeniedAsync(id, context, editing, cancellationToken);
        }

        return TypedResults.Ok(await editing.RevisionsAsync(id, cancellationToken));
    }

    private static async Task<IResult> RestoreAsync(int id, int number, HttpContext context, StoryEditing editing, CancellationToken cancellationToken)
    {
        if (NewsroomActor.From(context.User) is not { } actor)
        {
            return NewsroomArticlesApi.Problem(StatusCodes.Status403Forbidden, "You hold no newsroom role.");
        }

        if (StoryVersionTag.Parse(id, context.Request.Headers.IfMatch) is not { } expected)
        {
            return NewsroomArticlesApi.Problem(StatusCodes.Status428PreconditionRequired, "Send If-Match with the ETag you last read.");
        }

        var result = await editing.RestoreAsync(actor, id, number, expected, cancellationToken);
        if (result.Story is not { } story)
        {
            return NewsroomArticlesApi.Failed(result, ifMatch: true);
        }

        context.Response.Headers.ETag = story.ETag;
        return TypedResults.Ok(new ArticleCreated(story.Id, story.Version, NewsroomArticlesApi.StatusName(story.State), story.PublicPath));
    }

    private static async Task<NewsroomActor?> ReadableAsync(int id, HttpContext context, StoryEditing editing, CancellationToken cancellationToken) =>
        NewsroomActor.From(context.User) is { } actor && (await editing.GetAsync(actor, id, cancellationToken)).Succeeded ? actor : null;

    private static async Task<IResult> DeniedAsync(int id, HttpContext context, StoryEditing editing, CancellationToken cancellationToken) =>
        NewsroomActor.From(context.User) is { } actor
            ? NewsroomArticlesApi.Failed(await editing.GetAsync(actor, id, cancellationToken))
            : NewsroomArticlesApi.Problem(StatusCodes.Status403Forbidden, "You hold no newsroom role.");
}
