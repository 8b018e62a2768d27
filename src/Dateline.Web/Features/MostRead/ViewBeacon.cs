namespace Dateline.Web.Features.MostRead;

/// <summary>
/// <c>GET /views/{id}</c>: the article page's one-pixel image. A reader's browser fetches it on every view, including
/// views of pages served from the output cache or a CDN, and without JavaScript. It reads nothing but the path and the
/// User-Agent, sets no cookie, stores no address, and answers from memory.
/// </summary>
public static class ViewBeacon
{
    public const string PathPrefix = "/views/";

    /// <summary>A transparent 1×1 GIF, the smallest image every browser renders without complaint.</summary>
    private static readonly byte[] Pixel =
    [
        0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00,
        0xFF, 0xFF, 0xFF, 0x21, 0xF9, 0x04, 0x01, 0x00, 0x00, 0x00, 0x00, 0x2C, 0x00, 0x00, 0x00, 0x00,
        0x01, 0x00, 0x01, 0x00, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3B,
    ];

    public static string PathOf(int articleId) => PathPrefix + articleId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static IResult Handle(int id, HttpContext context, ViewCounter counter)
    {
        var request = context.Request;
        if (id > 0 && !KnownBots.IsBot(request.Headers.UserAgent.ToString()) && !IsSpeculative(request))
        {
            counter.Record(id);
        }

        // Every view must reach the server: no browser, proxy or CDN may answer it from a cache.
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["X-Robots-Tag"] = "noindex";
        return Results.Bytes(Pixel, "image/gif");
    }

    /// <summary>A prefetch or prerender the reader may never look at (Chrome sends Sec-Purpose, older browsers Purpose).</summary>
    private static bool IsSpeculative(HttpRequest request) =>
        request.Headers.TryGetValue("Sec-Purpose", out var purpose) && purpose.ToString().Contains("prefetch", StringComparison.OrdinalIgnoreCase)
        || request.Headers.TryGetValue("Purpose", out var legacy) && legacy.ToString().Contains("prefetch", StringComparison.OrdinalIgnoreCase);
}
