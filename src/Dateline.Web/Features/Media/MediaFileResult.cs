using Microsoft.Net.Http.Headers;

namespace Dateline.Web.Features.Media;

/// <summary>Streams a stored media file with the headers every media response shares.</summary>
internal static class MediaFileResult
{
    // An asset's bytes never change (replacing an image creates a new asset), so caches may keep them for a year.
    private const string Immutable = "public, max-age=31536000, immutable";

    public static IResult For(HttpContext context, StoredMedia stored, string contentType, bool ranges = false)
    {
        context.Response.Headers.CacheControl = Immutable;
        var tag = new EntityTagHeaderValue($"\"{stored.LastModified.UtcTicks:x}-{stored.Length:x}\"");
        return TypedResults.Stream(stored.Content, contentType, lastModified: stored.LastModified, entityTag: tag,
            enableRangeProcessing: ranges);
    }

    public static IResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
