using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dateline.Web.Features.Accounts;
using Dateline.Web.Features.Articles;
using Dateline.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.Newsroom.Stories.Api;

/// <summary>
/// The management API for stories (<c>/api/v1/newsroom/articles</c>), for apps, scripts and migrations. Same rules
/// as the newsroom UI: roles (checked here by policy and again by the services), validation, the sanitizer, and
/// optimistic concurrency through <c>ETag</c>/<c>If-Match</c>. Every write is one transaction; errors are problem+json.
/// </summary>
public static class NewsroomArticlesApi
{
    public const string BasePath = "/api/v1/newsroom/articles";
    public const int PageSize = 50;

    private static readonly JsonSerializerOptions RequestJson = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static IEndpointRouteBuilder MapNewsroomArticlesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(BasePath)
            .WithTags("Newsroom articles")
            .RequireAuthorization(NewsroomPolicies.Contributor)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("", CreateAsync)
            .WithName("CreateNewsroomArticle")
            .WithSummary("Creates a story (draft, in review, published or scheduled).")
            .Accepts<ArticleRequest>("application/json")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        group.MapGet("", ListAsync)
            .WithName("ListNewsroomArticles")
            .WithSummary("Stories newest first, by state and edition; `after` is the previous page's `next`.");
        group.MapGet("{id:int}", GetAsync)
            .WithName("GetNewsroomArticle")
            .WithSummary("A story's working copy, with its version as the ETag.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("{id:int}", UpdateAsync)
            .WithName("UpdateNewsroomArticle")
            .WithSummary("Replaces the working copy; requires If-Match with the ETag last read.")
            .Accepts<ArticleRequest>("application/json")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        group.MapPost("{id:int}/publish", PublishAsync)
            .RequireAuthorization(NewsroomPolicies.Editor)
            .WithName("PublishNewsroomArticle")
            .WithSummary("Publishes the working copy now (refused while the story is embargoed by its schedule).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        group.MapPost("{id:int}/unpublish", UnpublishAsync)
            .RequireAuthorization(NewsroomPolicies.Editor)
            .WithName("UnpublishNewsroomArticle")
            .WithSummary("Takes a live story down.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        group.MapPost("{id:int}/corrections", CorrectAsync)
            .RequireAuthorization(NewsroomPolicies.Editor)
            .WithName("CorrectNewsroomArticle")
            .WithSummary("Adds a dated correction or update note to a live story.")
            .Accepts<CorrectionRequest>("application/json")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<IResult> CreateAsync(
        HttpContext context, StoryEditing editing, StoryWorkflow workflow, NewsroomTaxonomy taxonomy, DatelineDbContext db,
        IOptions<NewsroomApiOptions> options, CancellationToken cancellationToken)
    {
        var actor = NewsroomActor.From(context.User);
        if (actor is null)
        {
            return Problem(StatusCodes.Status403Forbidden, "You hold no newsroom role.");
        }

        var (request, failure) = await ReadAsync<ArticleRequest>(context.Request, options.Value.MaxBodyBytes, cancellationToken);
        if (request is null)
        {
            return failure!;
        }

        var errors = new Dictionary<string, string[]>();
        var edition = request.Edition?.Trim() ?? "";
        if (edition.Length == 0 || !await db.Editions.AnyAsync(e => e.Code == edition, cancellationToken))
        {
            errors["edition"] = ["Required: the code of an edition (en, ar)."];
        }

        var target = ParseTarget(request, errors, creating: true);
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        if (!StoryRules.CanCreateIn(actor, target.State))
        {
            return Problem(StatusCodes.Status403Forbidden, "A Contributor may create drafts and submit them for review, not publish or schedule.");
        }

        var result = await workflow.InTransactionAsync(async ct =>
        {
            var (input, inputErrors) = await InputAsync(taxonomy, edition, request, ct);
            if (input is null)
            {
                return StoryResult.Invalid(inputErrors);
            }

            var created = await editing.CreateAsync(actor, edition, input, ct);
            return created.Story is { } story ? await MoveAsync(workflow, actor, story, target, ct) : created;
        }, cancellationToken);

        if (result.Story is not { } done)
        {
            return Failed(result);
        }

        context.Response.Headers.ETag = done.ETag;
        return TypedResults.Created($"{BasePath}/{done.Id}", Written(context, done));
    }

    private static async Task<IResult> GetAsync(
        int id, HttpContext context, StoryEditing editing, DatelineDbContext db, CancellationToken cancellationToken)
    {
        if (NewsroomActor.From(context.User) is not { } actor)
        {
            return Problem(StatusCodes.Status403Forbidden, "You hold no newsroom role.");
        }

        var result = await editing.GetAsync(actor, id, cancellationToken);
        if (result.Story is not { } story)
        {
            return Failed(result);
        }

        context.Response.Headers.ETag = story.ETag;
        return TypedResults.Ok(await ResponseAsync(context, db, story, cancellationToken));
    }

    private static async Task<IResult> ListAsync(
        HttpContext context, StoryEditing editing, string? state, string? edition, int? after, CancellationToken cancellationToken)
    {
        if (NewsroomActor.From(context.User) is not { } actor)
        {
            return Problem(StatusCodes.Status403Forbidden, "You hold no newsroom role.");
        }

        StoryState? wanted = null;
        if (!string.IsNullOrEmpty(state))
        {
            if (StateNamed(state) is not { } parsed)
            {
                return Invalid(new() { ["state"] = ["One of draft, review, scheduled, published, unpublished."] });
            }

            wanted = parsed;
        }

        var stories = await editing.ListAsync(actor, wanted, edition, after, PageSize + 1, cancellationToken);
        var page = stories.Take(PageSize).Select(s => Written(context, s)).ToList();
        return TypedResults.Ok(new ArticleList(page, stories.Count > PageSize ? page[^1].Id : null));
    }

    private static async Task<IResult> UpdateAsync(
        int id, HttpContext context, StoryEditing editing, StoryWorkflow workflow, NewsroomTaxonomy taxonomy, DatelineDbContext db,
        IOptions<NewsroomApiOptions> options, CancellationToken cancellationToken)
    {
        if (NewsroomActor.From(context.User) is not { } actor)
        {
            return Problem(StatusCodes.Status403Forbidden, "You hold no newsroom role.");
        }

        if (StoryVersionTag.Parse(id, context.Request.Headers.IfMatch) is not { } expected)
        {
            return Problem(StatusCodes.Status428PreconditionRequired, "Send If-Match with the ETag you last read, so nobody's changes are overwritten.");
        }

        var (request, failure) = await ReadAsync<ArticleRequest>(context.Request, options.Value.MaxBodyBytes, cancellationToken);
        if (request is null)
        {
            return failure!;
        }

        var current = await editing.GetAsync(actor, id, cancellationToken);
        if (current.Story is not { } story)
        {
            return Failed(current);
        }

        var errors = new Dictionary<string, string[]>();
        if (request.Edition is { } edition && edition.Trim() != story.EditionCode)
        {
            errors["edition"] = ["A story's edition cannot change; create a translation instead."];
        }

        var target = ParseTarget(request, errors, creating: false);
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        var result = await workflow.InTransactionAsync(async ct =>
        {
            var (input, inputErrors) = await InputAsync(taxonomy, story.EditionCode, request, ct);
            if (input is null)
            {
                return StoryResult.Invalid(inputErrors);
            }

            var saved = await editing.SaveAsync(actor, id, expected, input, ct);
            return saved.Story is { } now && target.State != now.State && request.Status is not null
                ? await MoveAsync(workflow, actor, now, target, ct)
                : saved;
        }, cancellationToken);

        if (result.Story is not { } done)
        {
            return Failed(result, ifMatch: true);
        }

        context.Response.Headers.ETag = done.ETag;
        return TypedResults.Ok(Written(context, done));
    }

    private static Task<IResult> PublishAsync(int id, HttpContext context, StoryWorkflow workflow, CancellationToken cancellationToken) =>
        TransitionAsync(context, id, workflow, (actor, version, ct) => workflow.PublishAsync(actor, id, version, ct), cancellationToken);

    private static Task<IResult> UnpublishAsync(int id, HttpContext context, StoryWorkflow workflow, CancellationToken cancellationToken) =>
        TransitionAsync(context, id, workflow, (actor, version, ct) => workflow.UnpublishAsync(actor, id, version, ct), cancellationToken);

    private static async Task<IResult> CorrectAsync(
        int id, HttpContext context, StoryWorkflow workflow, IOptions<NewsroomApiOptions> options, CancellationToken cancellationToken)
    {
        if (NewsroomActor.From(context.User) is not { } actor)
        {
            return Problem(StatusCodes.Status403Forbidden, "You hold no newsroom role.");
        }

        var (request, failure) = await ReadAsync<CorrectionRequest>(context.Request, options.Value.MaxBodyBytes, cancellationToken);
        if (request is null)
        {
            return failure!;
        }

        CorrectionKind kind;
        switch (request.Kind?.Trim().ToLowerInvariant())
        {
            case null or "" or "correction":
                kind = CorrectionKind.Correction;
                break;
            case "update":
                kind = CorrectionKind.Update;
                break;
            default:
                return Invalid(new() { ["kind"] = ["Either correction or update."] });
        }

        var result = await workflow.CorrectAsync(actor, id, kind, request.Text, cancellationToken);
        if (result.Story is not { } done)
        {
            return Failed(result);
        }

        context.Response.Headers.ETag = done.ETag;
        return TypedResults.Ok(Written(context, done));
    }

    private static async Task<IResult> TransitionAsync(
        HttpContext context, int id, StoryWorkflow workflow, Func<NewsroomActor, int?, CancellationToken, Task<StoryResult>> move,
        CancellationToken cancellationToken)
    {
        if (NewsroomActor.From(context.User) is not { } actor)
        {
            return Problem(StatusCodes.Status403Forbidden, "You hold no newsroom role.");
        }

        // If-Match is optional here: a script may publish whatever is there, an editor's page sends what it showed.
        var expected = StoryVersionTag.Parse(id, context.Request.Headers.IfMatch);
        var result = await move(actor, expected, cancellationToken);
        if (result.Story is not { } done)
        {
            return Failed(result, ifMatch: expected is not null);
        }

        context.Response.Headers.ETag = done.ETag;
        return TypedResults.Ok(Written(context, done));
    }

    /// <summary>Reads a JSON body of at most <paramref name="maxBytes"/>: 413 beyond it, 415 for another type, 400 naming the field JSON could not read.</summary>
    internal static async Task<(T? Value, IResult? Failure)> ReadAsync<T>(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }

        if (!request.HasJsonContentType())
        {
            return (null, Problem(StatusCodes.Status415UnsupportedMediaType, "Send Content-Type: application/json."));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (null, TooLarge(maxBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            buffer.Position = 0;
            var value = await JsonSerializer.DeserializeAsync<T>(buffer, RequestJson, cancellationToken);
            return value is null ? (null, BadJson("$", "Send a JSON object.")) : (value, null);
        }
        catch (JsonException ex)
        {
            var path = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "$" : ex.Path.TrimStart('$', '.');
            return (null, BadJson(path, "This value cannot be read: check its type and the JSON around it."));
        }
    }

    private static ProblemHttpResult TooLarge(int maxBytes) =>
        Problem(StatusCodes.Status413PayloadTooLarge, $"The body may be at most {maxBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes.");

    private static ValidationProblem BadJson(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, detail: "The body is not valid JSON for this endpoint.");

    /// <summary>Names to ids; topics that do not exist are created (inside the caller's transaction).</summary>
    private static async Task<(StoryInput? Input, Dictionary<string, string[]> Errors)> InputAsync(
        NewsroomTaxonomy taxonomy, string edition, ArticleRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var section = await taxonomy.SectionIdAsync(edition, request.Section, cancellationToken);
        if (section is null)
        {
            errors["section"] = [$"Required: the slug of a section of the '{edition}' edition."];
        }

        var agency = await taxonomy.AgencyIdAsync(request.Agency, cancellationToken);
        if (!string.IsNullOrWhiteSpace(request.Agency) && agency is null)
        {
            errors["agency"] = [$"No agency '{request.Agency}'."];
        }

        var (authors, unknownAuthors) = await taxonomy.AuthorIdsAsync(request.Authors ?? [], cancellationToken);
        if (unknownAuthors.Count > 0)
        {
            errors["authors"] = [$"No author: {string.Join(", ", unknownAuthors)}."];
        }

        var (topics, badTopics) = await taxonomy.TopicIdsAsync(edition, request.Topics ?? [], cancellationToken);
        if (badTopics.Count > 0)
        {
            errors["topics"] = [$"Not a topic name (letters or digits, at most {NewsroomTaxonomy.MaxTopicName} characters): {string.Join(", ", badTopics)}."];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new StoryInput
        {
            Headline = request.Headline,
            Standfirst = request.Standfirst,
            BodyHtml = request.BodyHtml,
            Slug = request.Slug,
            DatelinePlace = request.DatelinePlace,
            SectionId = section!.Value,
            AgencyId = agency,
            HeroImageId = request.HeroImageId,
            HeroCaption = request.HeroCaption,
            HeroCredit = request.HeroCredit,
            HeroAltText = request.HeroAltText,
            TopicIds = topics,
            AuthorIds = authors,
            SeoTitle = request.SeoTitle,
            SeoDescription = request.SeoDescription,
        }, errors);
    }

    private readonly record struct Target(StoryState State, DateTime? PublishAt);

    private static Target ParseTarget(ArticleRequest request, Dictionary<string, string[]> errors, bool creating)
    {
        var state = request.Status is null ? StoryState.Draft : StateNamed(request.Status);
        if (state is null or StoryState.Unpublished)
        {
            errors["status"] = ["One of draft, review, published, scheduled (unpublish with POST …/unpublish)."];
            return new(StoryState.Draft, null);
        }

        var publishAt = request.PublishAt?.UtcDateTime;
        if (state == StoryState.Scheduled && publishAt is null)
        {
            errors["publishAt"] = ["Required when the status is scheduled."];
        }
        else if (state != StoryState.Scheduled && publishAt is not null && (creating || request.Status is not null))
        {
            errors["publishAt"] = ["Only a scheduled story has a publication time."];
        }

        return new(state.Value, publishAt);
    }

    private static async Task<StoryResult> MoveAsync(StoryWorkflow workflow, NewsroomActor actor, StoryView story, Target target, CancellationToken cancellationToken) =>
        target.State switch
        {
            StoryState.InReview => await workflow.SubmitAsync(actor, story.Id, story.Version, cancellationToken),
            StoryState.Published => await workflow.PublishAsync(actor, story.Id, story.Version, cancellationToken),
            StoryState.Scheduled => await workflow.ScheduleAsync(actor, story.Id, target.PublishAt!.Value, story.Version, cancellationToken),
            StoryState.Draft when story.State != StoryState.Draft => await workflow.ReturnToDraftAsync(actor, story.Id, story.Version, cancellationToken),
            _ => StoryResult.Ok(story),
        };

    private static StoryState? StateNamed(string name) => name.Trim().ToLowerInvariant() switch
    {
        "draft" => StoryState.Draft,
        "review" or "in-review" or "inreview" => StoryState.InReview,
        "scheduled" => StoryState.Scheduled,
        "published" => StoryState.Published,
        "unpublished" => StoryState.Unpublished,
        _ => null,
    };

    /// <summary>The API's name of a state.</summary>
    public static string StatusName(StoryState state) => state switch
    {
        StoryState.InReview => "review",
        _ => state.ToString().ToLowerInvariant(),
    };

    private static ArticleCreated Written(HttpContext context, StoryView story) =>
        new(story.Id, story.Version, StatusName(story.State), PublicUrl(context, story));

    private static string? PublicUrl(HttpContext context, StoryView story) =>
        story.PublicPath is { } path ? $"{context.Request.Scheme}://{context.Request.Host}{path}" : null;

    private static async Task<ArticleResponse> ResponseAsync(HttpContext context, DatelineDbContext db, StoryView story, CancellationToken cancellationToken)
    {
        var fields = story.Fields;
        var section = await db.Sections.Where(s => s.Id == fields.SectionId).Select(s => s.Slug).FirstOrDefaultAsync(cancellationToken);
        var topicIds = fields.TopicIds.ToList();
        var topics = await db.Topics.Where(t => topicIds.Contains(t.Id)).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);
        var authorIds = fields.AuthorIds.ToList();
        var authors = await db.Authors.Where(a => authorIds.Contains(a.Id)).Select(a => new { a.Id, a.Slug }).ToListAsync(cancellationToken);
        var agency = fields.AgencyId is { } agencyId
            ? await db.Agencies.Where(a => a.Id == agencyId).Select(a => a.Code).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new ArticleResponse(
            story.Id, story.Version, StatusName(story.State), PublicUrl(context, story), story.EditionCode, story.IsLive,
            story.HasUnpublishedChanges, fields.Headline, fields.Standfirst, fields.BodyHtml, fields.Slug, section,
            [.. topicIds.Select(id => topics.Find(t => t.Id == id)?.Name).OfType<string>()],
            [.. authorIds.Select(id => authors.Find(a => a.Id == id)?.Slug).OfType<string>()],
            agency, fields.DatelinePlace, fields.HeroImageId, story.PublishAt, story.PublishedAt, story.RevisionNumber,
            story.UpdatedAt, story.UpdatedByName);
    }

    internal static IResult Failed(StoryResult result, bool ifMatch = false) => result.Outcome switch
    {
        StoryOutcome.NotFound => Problem(StatusCodes.Status404NotFound, result.Message),
        StoryOutcome.Forbidden => Problem(StatusCodes.Status403Forbidden, result.Message),
        StoryOutcome.Invalid => Invalid(new(result.Errors ?? new Dictionary<string, string[]>())),
        StoryOutcome.Conflict => TypedResults.Problem(
            statusCode: ifMatch ? StatusCodes.Status412PreconditionFailed : StatusCodes.Status409Conflict,
            title: "The story changed since you read it",
            detail: result.Message,
            extensions: new Dictionary<string, object?>
            {
                ["currentVersion"] = result.Conflict?.Current.Version,
                ["current"] = result.Conflict?.Current.Fields,
                ["mine"] = result.Conflict?.Mine,
            }),
        _ => Problem(StatusCodes.Status409Conflict, result.Message),
    };

    private static IResult Invalid(Dictionary<string, string[]> errors) =>
        Results.Problem(new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "Invalid story",
            Detail = "Some fields are not valid.",
        });

    internal static ProblemHttpResult Problem(int status, string? detail) => TypedResults.Problem(statusCode: status, detail: detail);
}
