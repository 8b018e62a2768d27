using Dateline.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.ContentApi;

/// <summary>
/// Absolute addresses for API responses: partners store and forward them, so they must not depend on where the
/// response was read. <c>Dateline:PublicBaseUrl</c> wins; otherwise the request's own scheme and host.
/// </summary>
public sealed class ContentLinks(string origin)
{
    public string Origin => origin;

    public string Absolute(string path) => origin + path;

    public static ContentLinks For(HttpContext context)
    {
        var configured = context.RequestServices.GetRequiredService<IOptions<DatelineOptions>>().Value.PublicBaseUrl;
        return new ContentLinks(string.IsNullOrWhiteSpace(configured)
            ? $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}"
            : configured.TrimEnd('/'));
    }
}
