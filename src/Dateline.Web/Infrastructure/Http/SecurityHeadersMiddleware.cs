using Dateline.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.OutputCaching;

namespace Dateline.Web.Infrastructure.Http;

/// <summary>Strict defaults for every response; no page needs inline script or third-party origins.</summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var http = (HttpContext)state;
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
            if (!IsPublicPage(http))
            {
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
            }

            return Task.CompletedTask;
        }, context);
        return next(context);
    }

    /// <summary>
    /// The reader pages (the public output-cache policy): the same HTML for every reader, no personal state, no popups.
    /// Cross-Origin-Opener-Policy guards a document's window against the pages that open it or that it opens; here
    /// there is nothing for it to guard, and it costs a browser process swap whenever a reader enters the site from a
    /// blank tab (Lighthouse's start too: about 300 ms of blocking time in an interleaved run against nginx serving the
    /// same HTML with and without it). Everything else, and every page signed-in users will see, keeps it.
    /// </summary>
    private static bool IsPublicPage(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>()?.PolicyName == PublicPagePolicy.Name
        && context.User.Identity?.IsAuthenticated != true;
}
