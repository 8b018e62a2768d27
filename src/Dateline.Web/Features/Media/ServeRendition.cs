using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.Media;

/// <summary><c>GET /media/{id}/{width}.{format}</c>: a rendition, made on first request and cached by everyone after.</summary>
internal static class ServeRendition
{
    public const string Pattern = "/media/{id:int}/{width:int}.{format}";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapMethods(Pattern, [HttpMethods.Get, HttpMethods.Head], HandleAsync).ExcludeFromDescription();

    private static async Task<IResult> HandleAsync(
        int id, int width, string format, HttpContext context, MediaAssetLookup assets, RenditionStore renditions,
        IOptions<MediaOptions> options, CancellationToken cancellationToken)
    {
        if (RenditionFormat.FromExtension(format) is not { } rendition)
        {
            return MediaFileResult.NotFound($"Renditions come as webp, jpg or avif, not '{format}'.");
        }

        var offered = options.Value.OfferedWidths;
        if (!offered.Contains(width))
        {
            return MediaFileResult.NotFound($"There is no {width}px rendition; widths are {string.Join(", ", offered)}.");
        }

        if (await assets.FindAsync(id, cancellationToken) is not { } original)
        {
            return MediaFileResult.NotFound($"There is no media asset {id}.");
        }

        var stored = await renditions.OpenAsync(original, width, rendition, cancellationToken);
        return MediaFileResult.For(context, stored, rendition.ContentType);
    }
}
