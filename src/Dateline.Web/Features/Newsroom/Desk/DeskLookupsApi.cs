using Dateline.Web.Features.Accounts;
using Dateline.Web.Features.Editions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dateline.Web.Features.Newsroom.Desk;

/// <summary>
/// The story editor's lookups as JSON, for its scripts: topic autocomplete and the related-stories search. Without a
/// script the editor page does the same searches itself (<see cref="DeskLookups"/>), so these only speed typing up.
/// </summary>
public static class DeskLookupsApi
{
    public const string TopicsPath = "/api/v1/newsroom/topics";
    public const string RelatedPath = "/api/v1/newsroom/related";

    public static IEndpointRouteBuilder MapDeskLookupsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("")
            .WithTags("Newsroom editor lookups")
            .RequireAuthorization(NewsroomPolicies.Contributor)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet(TopicsPath, TopicsAsync)
            .WithName("SuggestNewsroomTopics")
            .WithSummary("Topics of an edition whose name has a word starting with `q` (letter case and Arabic spelling variants ignored), best first.");
        group.MapGet(RelatedPath, RelatedAsync)
            .WithName("SuggestRelatedStories")
            .WithSummary("Live stories of an edition whose headline contains `q`, newest first, without the ids in `exclude`.");
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<TopicSuggestion>>, ProblemHttpResult>> TopicsAsync(
        EditionCatalog editions, DeskLookups lookups, string? edition, string? q, CancellationToken cancellationToken)
    {
        if (await CheckAsync(editions, edition, q, cancellationToken) is { } problem)
        {
            return problem;
        }

        return TypedResults.Ok(await lookups.TopicsAsync(edition!, q, cancellationToken));
    }

    private static async Task<Results<Ok<IReadOnlyList<StorySuggestion>>, ProblemHttpResult>> RelatedAsync(
        EditionCatalog editions, DeskLookups lookups, string? edition, string? q, int[]? exclude, CancellationToken cancellationToken)
    {
        if (await CheckAsync(editions, edition, q, cancellationToken) is { } problem)
        {
            return problem;
        }

        return TypedResults.Ok(await lookups.StoriesAsync(edition!, q, exclude ?? [], cancellationToken));
    }

    private static async Task<ProblemHttpResult?> CheckAsync(EditionCatalog editions, string? edition, string? q, CancellationToken cancellationToken)
    {
        if ((q?.Length ?? 0) > DeskLookups.MaxQueryLength)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, detail: $"q may be at most {DeskLookups.MaxQueryLength} characters.");
        }

        return await editions.FindAsync(edition, cancellationToken) is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: $"No edition '{edition}'.")
            : null;
    }
}
