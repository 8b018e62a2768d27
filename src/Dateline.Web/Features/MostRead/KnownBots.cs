using System.Buffers;

namespace Dateline.Web.Features.MostRead;

/// <summary>
/// Tells views by people from requests by crawlers, link previews, monitors and scripts, by their User-Agent. Most of
/// those never load the page's images, so the beacon rarely sees them at all; this catches the ones that render pages
/// (search engines' renderers, headless browsers) and anything that calls the beacon directly.
/// </summary>
public static class KnownBots
{
    // Substrings, matched case-insensitively; "bot" alone covers Googlebot, bingbot, YandexBot, Applebot, Twitterbot…
    private static readonly SearchValues<string> Markers = SearchValues.Create(
        [
            "bot", "crawl", "spider", "slurp", "archiver", "facebookexternalhit", "facebookcatalog", "embedly",
            "preview", "headless", "lighthouse", "pagespeed", "gtmetrix", "pingdom", "uptime", "monitor", "phantomjs",
            "curl/", "wget/", "python", "java/", "okhttp", "go-http-client", "node-fetch", "axios/", "libwww",
            "httpclient", "scrapy", "feedfetcher", "whatsapp", "telegram", "mediapartners", "google-inspectiontool",
        ],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>True for an automated agent, or no agent at all.</summary>
    public static bool IsBot(ReadOnlySpan<char> userAgent) =>
        userAgent.IsWhiteSpace()
        || (!userAgent.StartsWith("Mozilla/", StringComparison.Ordinal) && !userAgent.StartsWith("Opera/", StringComparison.Ordinal))
        || userAgent.ContainsAny(Markers);
}
