using Dateline.Web.Infrastructure.Http;

namespace Dateline.Web.Features.ContentApi;

/// <summary>
/// Absolute addresses for API responses: partners store and forward them, so they must not depend on where the
/// response was read. The origin is <see cref="PublicUrls"/>' (Dateline:PublicBaseUrl, else the request's own).
/// </summary>
public sealed class ContentLinks(string origin)
{
    public string Origin => origin;

    public string Absolute(string path) => origin + path;

    public static ContentLinks For(HttpContext context) =>
        new(context.RequestServices.GetRequiredService<PublicUrls>().Origin(context.Request));
}
