using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Dateline.Web.Features.Accounts;
using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Newsroom.Stories;
using Dateline.Web.Features.Newsroom.Stories.Api;
using Dateline.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Dateline.Web.Features.Media.Api;

/// <summary>
/// The media library's management API (<c>/api/v1/newsroom/media</c>): upload (multipart, streamed file by file to
/// disk, never buffered whole), list and search, edit description, rights and focal point, delete when unused.
/// Errors are problem+json; an upload either stores every file or none.
/// </summary>
public static class NewsroomMediaApi
{
    public const string BasePath = "/api/v1/newsroom/media";
    public const int PageSize = 48;
    private const int MaxPatchBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapNewsroomMediaApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(BasePath)
            .WithTags("Newsroom media")
            .RequireAuthorization(NewsroomPolicies.Contributor)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("", UploadAsync)
            .WithName("UploadNewsroomMedia")
            .WithSummary("Uploads one or several images (multipart/form-data, one file part each); all are stored or none.")
            .WithDescription("The type is judged from the bytes (JPEG, PNG, WebP, AVIF, GIF). Caption, credit, source, copyright, " +
                "creator and keywords are filled from the file's XMP or IPTC metadata. With the newsroom cookie instead of a " +
                "token, send the page's antiforgery token in the RequestVerificationToken header.")
            .Accepts<IFormFileCollection>("multipart/form-data")
            .Produces<MediaUploaded>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("", ListAsync)
            .WithName("ListNewsroomMedia")
            .WithSummary("The library newest first: `q` searches caption, credit and keywords; `before` is the previous page's `next`.")
            .Produces<MediaList>()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("{id:int}", GetAsync)
            .WithName("GetNewsroomMedia")
            .WithSummary("An asset and the stories that use it.")
            .Produces<MediaDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPatch("{id:int}", UpdateAsync)
            .WithName("UpdateNewsroomMedia")
            .WithSummary("Changes caption, credit, alt text, keywords, rights (Editors) or the focal point; absent fields stay.")
            .Accepts<MediaUpdateRequest>("application/json")
            .Produces<MediaAssetResponse>()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesValidationProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapDelete("{id:int}", DeleteAsync)
            .RequireAuthorization(NewsroomPolicies.Editor)
            .WithName("DeleteNewsroomMedia")
            .WithSummary("Deletes an asset and its files; refused with 409 and the list of stories while any uses it.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<IResult> UploadAsync(
        HttpContext context, MediaLibrary library, IAntiforgery antiforgery, IOptions<MediaOptions> options, CancellationToken cancellationToken)
    {
        if (NewsroomActor.From(context.User) is not { } actor)
        {
            return Problem(StatusCodes.Status403Forbidden, "You hold no newsroom role.");
        }

        var limits = options.Value;
        var request = context.Request;
        if (request.ContentLength > limits.MaxUploadRequestBytes)
        {
            return RequestTooLarge(limits);
        }

        // Without this Kestrel would cut the body at its 30 MB default; with it, a chunked body is cut at our limit.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
        {
            bodyLimit.MaxRequestBodySize = limits.MaxUploadRequestBytes;
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !string.Equals(contentType.MediaType.Value, "multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is not { Length: > 0 } boundary)
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Send multipart/form-data with one file part per image.");
        }

        // A browser posting with the newsroom cookie proves it came from our page; a bearer token needs no such proof.
        if (!IsBearer(request))
        {
            if (!request.Headers.ContainsKey(AntiforgeryHeader))
            {
                return Problem(StatusCodes.Status400BadRequest, $"Send the page's antiforgery token in the {AntiforgeryHeader} header.");
            }

            try
            {
                await antiforgery.ValidateRequestAsync(context);
            }
            catch (AntiforgeryValidationException)
            {
                return Problem(StatusCodes.Status400BadRequest, "The antiforgery token is missing or does not match: reload the page.");
            }
        }

        var reader = new MultipartReader(boundary, request.Body);
        IReadOnlyList<MediaAsset> assets;
        try
        {
            assets = await library.UploadAllAsync(FilesOf(reader, limits.MaxFilesPerUpload, cancellationToken), UploaderName(context.User, actor), cancellationToken);
        }
        catch (InvalidImageException e)
        {
            return Problem(e.StatusCode, e.Message, e.TooLarge ? "File too large" : "Not an acceptable image");
        }
        catch (TooManyFilesException e)
        {
            return Problem(StatusCodes.Status422UnprocessableEntity, e.Message, "Too many files");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return RequestTooLarge(limits);
        }
        catch (Exception e) when (e is InvalidDataException or IOException && !cancellationToken.IsCancellationRequested)
        {
            return Problem(StatusCodes.Status400BadRequest, "The multipart body cannot be read to its end.");
        }

        if (assets.Count == 0)
        {
            return Problem(StatusCodes.Status422UnprocessableEntity, "The body holds no file: send each image as a file part.", "No file");
        }

        var body = new MediaUploaded([.. assets.Select(a => Response(context, a, options.Value))]);
        return TypedResults.Created(assets.Count == 1 ? $"{BasePath}/{assets[0].Id}" : null, body);
    }

    private static async Task<IResult> ListAsync(
        HttpContext context, MediaSearch search, IOptions<MediaOptions> options, string? q, string? licence, string? uploader,
        string? from, string? to, int? before, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var query = new MediaQuery(q, ParseLicence(licence, errors), uploader, ParseDate(from, "from", errors), ParseDate(to, "to", errors), before);
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        var (assets, next) = await search.FindAsync(query, PageSize, cancellationToken);
        return TypedResults.Ok(new MediaList([.. assets.Select(a => Response(context, a, options.Value))], next));
    }

    private static async Task<IResult> GetAsync(
        int id, HttpContext context, DatelineDbContext db, MediaUsage usage, IOptions<MediaOptions> options, CancellationToken cancellationToken)
    {
        var asset = await db.MediaAssets.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (asset is null)
        {
            return NotFound(id);
        }

        return TypedResults.Ok(new MediaDetail(Response(context, asset, options.Value), await usage.StoriesUsingAsync(id, cancellationToken)));
    }

    private static async Task<IResult> UpdateAsync(
        int id, HttpContext context, DatelineDbContext db, MediaUsage usage, ArticleCacheEviction eviction, IOptions<MediaOptions> options,
        CancellationToken cancellationToken)
    {
        if (NewsroomActor.From(context.User) is not { } actor)
        {
            return Problem(StatusCodes.Status403Forbidden, "You hold no newsroom role.");
        }

        var (request, failure) = await NewsroomArticlesApi.ReadAsync<MediaUpdateRequest>(context.Request, MaxPatchBytes, cancellationToken);
        if (request is null)
        {
            return failure!;
        }

        var errors = new Dictionary<string, string[]>();
        var edit = new MediaEdit
        {
            Caption = request.Caption,
            Credit = request.Credit,
            AltText = request.AltText,
            Source = request.Source,
            CopyrightNotice = request.CopyrightNotice,
            Creator = request.Creator,
            Keywords = request.Keywords,
            Licence = ParseLicence(request.Licence, errors),
            ReadersMayDownload = request.ReadersMayDownload,
            FocalX = request.FocalX,
            FocalY = request.FocalY,
        };
        foreach (var (field, messages) in edit.Validate())
        {
            errors[field] = messages;
        }

        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        if (edit.ChangesRights && !actor.IsEditor)
        {
            return Problem(StatusCodes.Status403Forbidden, "Only an Editor may change an image's licence or whether readers may download it.");
        }

        var asset = await db.MediaAssets.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (asset is null)
        {
            return NotFound(id);
        }

        await MediaChanges.ApplyAsync(db, usage, eviction, asset, edit, cancellationToken);
        return TypedResults.Ok(Response(context, asset, options.Value));
    }

    private static async Task<IResult> DeleteAsync(int id, MediaLibrary library, CancellationToken cancellationToken)
    {
        var uses = await library.DeleteAsync(id, cancellationToken);
        if (uses is null)
        {
            return NotFound(id);
        }

        if (uses.Count > 0)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "The image is in use",
                detail: $"Image {id} is used by {uses.Count} {(uses.Count == 1 ? "story" : "stories")}: " +
                    string.Join("; ", uses.Select(u => $"{u.ArticleId} “{u.Headline}”")) + ". Replace it there first.",
                extensions: new Dictionary<string, object?> { ["usedIn"] = uses });
        }

        return TypedResults.NoContent();
    }

    /// <summary>The header the library page's script sends the antiforgery token in (the antiforgery default).</summary>
    public const string AntiforgeryHeader = "RequestVerificationToken";

    /// <summary>The name the library shows and filters by: the user's display name, as the newsroom shell shows it.</summary>
    internal static string UploaderName(System.Security.Claims.ClaimsPrincipal user, NewsroomActor actor) =>
        user.FindFirst(NewsroomClaims.DisplayName)?.Value is { Length: > 0 } name ? name : actor.Name;

    internal static MediaAssetResponse Response(HttpContext context, MediaAsset asset, MediaOptions options)
    {
        var origin = $"{context.Request.Scheme}://{context.Request.Host}";
        var widths = options.WidthsFor(asset.Width);
        return new MediaAssetResponse(
            asset.Id, asset.OriginalFileName, asset.ContentType, asset.Width, asset.Height, asset.Length,
            DateTime.SpecifyKind(asset.CreatedAt, DateTimeKind.Utc), asset.UploadedBy, asset.Caption, asset.Credit, asset.AltText,
            asset.Source, asset.CopyrightNotice, asset.Creator, asset.KeywordList, LicenceName(asset.Licence), asset.ReadersMayDownload,
            asset.FocalX, asset.FocalY, JsonNamingPolicy.CamelCase.ConvertName(asset.Renditions.ToString()),
            [.. widths.Select(w => new MediaRenditionUrls(
                w,
                origin + MediaUrls.RenditionUrl(asset.Id, w, RenditionFormat.Webp),
                origin + MediaUrls.RenditionUrl(asset.Id, w, RenditionFormat.Jpeg),
                origin + MediaUrls.RenditionUrl(asset.Id, w, RenditionFormat.Avif)))],
            CropRatio.All.ToDictionary(
                r => r.Name,
                r => origin + MediaUrls.CropUrl(asset.Id, r, asset.FocalX, asset.FocalY, MediaOptions.ShareWidth, RenditionFormat.Jpeg)),
            asset.ReadersMayDownload
                ? origin + MediaUrls.DownloadUrl(asset.Id, Path.GetFileNameWithoutExtension(asset.OriginalFileName))
                : null);
    }

    /// <summary>The API's name of a licence: the enum name in camelCase (<c>editorialUseOnly</c>, <c>ccByNc</c>).</summary>
    public static string LicenceName(MediaLicence licence) => JsonNamingPolicy.CamelCase.ConvertName(licence.ToString());

    private static MediaLicence? ParseLicence(string? value, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var compact = value.Trim().Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        if (Enum.TryParse<MediaLicence>(compact, ignoreCase: true, out var licence) && Enum.IsDefined(licence) && !int.TryParse(compact, out _))
        {
            return licence;
        }

        errors["licence"] = [$"One of {string.Join(", ", Enum.GetValues<MediaLicence>().Select(LicenceName))}."];
        return null;
    }

    private static DateOnly? ParseDate(string? value, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[field] = ["A date as yyyy-mm-dd."];
        return null;
    }

    private static async IAsyncEnumerable<(Stream Content, string FileName)> FilesOf(
        MultipartReader reader, int maxFiles, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var count = 0;
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            // Parts that are not files (text fields) are skipped; reading the next section drains them.
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFileDisposition())
            {
                continue;
            }

            if (++count > maxFiles)
            {
                throw new TooManyFilesException($"At most {maxFiles} files may be uploaded at once.");
            }

            var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
            yield return (section.Body, string.IsNullOrWhiteSpace(name) ? "upload" : name);
        }
    }

    private static bool IsBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    private static ProblemHttpResult RequestTooLarge(MediaOptions limits) =>
        Problem(StatusCodes.Status413PayloadTooLarge,
            $"An upload may be at most {limits.MaxUploadRequestBytes / (1024 * 1024.0):0.#} MB in all, and each image {limits.MaxUploadBytes / (1024 * 1024.0):0.#} MB.",
            "Upload too large");

    private static ProblemHttpResult NotFound(int id) => Problem(StatusCodes.Status404NotFound, $"No image {id}.");

    private static IResult Invalid(Dictionary<string, string[]> errors) =>
        Results.Problem(new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "Invalid request",
            Detail = "Some fields are not valid.",
        });

    private static ProblemHttpResult Problem(int status, string detail, string? title = null) =>
        TypedResults.Problem(statusCode: status, detail: detail, title: title);

    private sealed class TooManyFilesException(string message) : Exception(message);
}
