using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.Media;

/// <summary>
/// <c>GET /media/{id}/{ratio}/{x}-{y}/{width}.{format}</c>: a 16:9, 4:3 or 1:1 crop around the focal point (x, y in
/// percent). The focal point is part of the address, so moving it makes new addresses and the old crops stay
/// immutable; a focal point the asset does not have (now or when the crop was made) is 404, so nobody can make the
/// server render arbitrary crops.
/// </summary>
internal static class ServeCrop
{
    public const string Pattern = "/media/{id:int}/{ratio}/{x:int}-{y:int}/{width:int}.{format}";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapMethods(Pattern, [HttpMethods.Get, HttpMethods.Head], HandleAsync).ExcludeFromDescription();

    private static async Task<IResult> HandleAsync(
        int id, string ratio, int x, int y, int width, string format, HttpContext context, MediaAssetLookup assets,
        RenditionStore renditions, IServiceScopeFactory scopes, IOptions<MediaOptions> options, CancellationToken cancellationToken)
    {
        if (CropRatio.FromName(ratio) is not { } crop)
        {
            return MediaFileResult.NotFound($"Crops come as {string.Join(", ", CropRatio.All)}, not '{ratio}'.");
        }

        if (RenditionFormat.FromExtension(format) is not { } rendition)
        {
            return MediaFileResult.NotFound($"Renditions come as webp, jpg or avif, not '{format}'.");
        }

        if (width != MediaOptions.ShareWidth && !options.Value.OfferedWidths.Contains(width))
        {
            return MediaFileResult.NotFound($"There is no {width}px crop; widths are {string.Join(", ", options.Value.OfferedWidths)} and {MediaOptions.ShareWidth}.");
        }

        if (await assets.FindAsync(id, cancellationToken) is not { } original)
        {
            return MediaFileResult.NotFound($"There is no media asset {id}.");
        }

        if (!await renditions.CropExistsAsync(original, crop, x, y, width, rendition, cancellationToken))
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
            var current = await db.MediaAssets.AsNoTracking().Where(m => m.Id == id).Select(m => new { m.FocalX, m.FocalY })
                .FirstOrDefaultAsync(cancellationToken);
            if (current is null || current.FocalX != x || current.FocalY != y)
            {
                return MediaFileResult.NotFound($"Media asset {id} has no crop around {x}-{y}.");
            }
        }

        var stored = await renditions.OpenCropAsync(original, crop, x, y, width, rendition, cancellationToken);
        return MediaFileResult.For(context, stored, rendition.ContentType);
    }
}
