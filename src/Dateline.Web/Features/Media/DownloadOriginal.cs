namespace Dateline.Web.Features.Media;

/// <summary><c>GET /media/{id}/download/{fileName}</c>: the original's exact bytes as an attachment named after the segment.</summary>
internal static class DownloadOriginal
{
    public const string Pattern = "/media/{id:int}/download/{fileName}";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapMethods(Pattern, [HttpMethods.Get, HttpMethods.Head], HandleAsync).ExcludeFromDescription();

    private static async Task<IResult> HandleAsync(
        int id, string fileName, HttpContext context, MediaAssetLookup assets, IMediaStorage storage, ILogger<MediaAsset> logger,
        CancellationToken cancellationToken)
    {
        if (await assets.FindAsync(id, cancellationToken) is not { } original)
        {
            return MediaFileResult.NotFound($"There is no media asset {id}.");
        }

        if (await storage.OpenReadAsync(original.StorageKey, cancellationToken) is not { } stored)
        {
            logger.LogWarning("The original of media asset {AssetId} ('{StorageKey}') is missing from storage", id, original.StorageKey);
            return MediaFileResult.NotFound($"The original of media asset {id} is missing.");
        }

        context.Response.Headers.ContentDisposition = DownloadFileName.From(fileName, original.Extension).ToContentDisposition().ToString();
        return MediaFileResult.For(context, stored, original.ContentType, ranges: true);
    }
}
