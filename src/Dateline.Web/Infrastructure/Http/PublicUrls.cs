using Microsoft.Extensions.Options;

namespace Dateline.Web.Infrastructure.Http;

/// <summary>
/// Absolute addresses for what leaves the site (canonical links, feeds, sitemaps, structured data):
/// <c>Dateline:PublicBaseUrl</c> when set, so a site behind a proxy or CDN names its public host, else the request's own.
/// </summary>
public sealed class PublicUrls(IOptions<DatelineOptions> options)
{
    private readonly string? _configured = string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl)
        ? null
        : options.Value.PublicBaseUrl.TrimEnd('/');

    /// <summary>Dateline:PublicBaseUrl without a trailing slash, or null; work outside a request (webhooks) has only this.</summary>
    public string? ConfiguredOrigin => _configured;

    /// <summary>Scheme and host, without a trailing slash.</summary>
    public string Origin(HttpRequest request) =>
        _configured ?? $"{request.Scheme}://{request.Host}";

    /// <summary>A site-relative path ("/en/article/1/x") made absolute.</summary>
    public string Absolute(HttpRequest request, string path) => Origin(request) + path;
}
