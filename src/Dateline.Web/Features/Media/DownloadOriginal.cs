using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Media;

/// <summary>
/// <c>GET /media/{id}/download/{fileName}</c>: the reader's copy of the photo (<see cref="DownloadCopy"/>), as an
/// attachment named after the segment; 404 unless the asset's rights let readers download it.
/// </summary>
internal static class DownloadOriginal
{
    public const string Pattern = "/media/{id:int}/download/{fileName}";

    // Rights and credits can change, so caches must ask again each time (an unchanged copy answers 304).
    private const string Revalidate = "public, no-cache";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapMethods(Pattern, [HttpMethods.Get, HttpMethods.Head], HandleAsync).ExcludeFromDescription();

    private static async Task<IResult> HandleAsync(
        int id, string fileName, HttpContext context, DatelineDbContext db, MediaAssetLookup assets, IMediaStorage storage,
        RenditionStore renditions, ILogger<MediaAsset> logger, CancellationToken cancellationToken)
    {
        // Read from the database every time (downloads are rare): an editor may withdraw the right at any moment.
        var rights = await db.MediaAssets.AsNoTracking().Where(m => m.Id == id)
            .Select(m => new { m.ReadersMayDownload, m.Credit, m.Creator, m.CopyrightNotice })
            .FirstOrDefaultAsync(cancellationToken);
        if (rights is null || await assets.FindAsync(id, cancellationToken) is not { } original)
        {
            return MediaFileResult.NotFound($"There is no media asset {id}.");
        }

        if (!rights.ReadersMayDownload)
        {
            return MediaFileResult.NotFound($"Media asset {id} is not offered for download.");
        }

        var copy = new DownloadCopy(rights.Credit, rights.Creator, rights.CopyrightNotice);
        var (contentType, extension) = DownloadCopy.FormatFor(original.ContentType);
        var key = copy.KeyFor(id, extension);
        if (await storage.OpenReadAsync(key, cancellationToken) is not { } stored)
        {
            byte[] source;
            try
            {
                source = await renditions.ReadOriginalAsync(original, cancellationToken);
            }
            catch (InvalidOperationException)
            {
                logger.LogWarning("The original of media asset {AssetId} ('{StorageKey}') is missing from storage", id, original.StorageKey);
                return MediaFileResult.NotFound($"The original of media asset {id} is missing.");
            }

            var bytes = await renditions.EncodeAsync(() => copy.Render(source, original.ContentType), cancellationToken);
            using (var content = new MemoryStream(bytes, writable: false))
            {
                await storage.WriteAsync(key, content, contentType, cancellationToken);
            }

            stored = await storage.OpenReadAsync(key, cancellationToken)
                ?? throw new InvalidOperationException($"Download copy '{key}' is missing right after it was made.");
        }

        context.Response.Headers.ContentDisposition = DownloadFileName.From(fileName, extension).ToContentDisposition().ToString();
        var result = MediaFileResult.For(context, stored, contentType, ranges: true);
        context.Response.Headers.CacheControl = Revalidate;
        return result;
    }
}
