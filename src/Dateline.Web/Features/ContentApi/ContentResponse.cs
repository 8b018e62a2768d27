using System.Security.Cryptography;
using Dateline.Web.Features.CdnPurge;
using Dateline.Web.Features.ContentApi.ApiKeys;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Dateline.Web.Features.ContentApi;

/// <summary>
/// Writes a content API body with the headers a CDN or client cache needs: an ETag of the exact bytes (a matching
/// If-None-Match gets 304 and no body), Cache-Control, and the output-cache tags as Surrogate-Key / Cache-Tag so a
/// purge by tag reaches the CDN's copy too.
/// </summary>
internal static class ContentResponse
{
    public static async Task WriteAsync(HttpContext context, byte[] body, string contentType, IReadOnlyCollection<string> tags)
    {
        var options = context.RequestServices.GetRequiredService<IOptionsMonitor<ContentApiOptions>>().CurrentValue;
        var response = context.Response;
        var etag = $"W/\"{Base64Url(SHA256.HashData(body).AsSpan(0, 16))}\"";
        var headers = response.Headers;
        headers.ETag = etag;
        headers.CacheControl = options.AllowAnonymous
            ? $"public, max-age={(int)options.MaxAge.TotalSeconds}"
            : $"private, max-age={(int)options.MaxAge.TotalSeconds}";
        headers.Append(HeaderNames.Vary, options.AllowAnonymous ? "Accept" : "Accept, " + ApiKeyRequirement.HeaderName);
        SurrogateKeyHeaders.Set(headers, tags);

        if (Matches(context.Request.Headers.IfNoneMatch.ToString(), etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    /// <summary>Weak comparison (RFC 9110 13.1.2): a CDN may have compressed the body, so W/ on either side is ignored.</summary>
    private static bool Matches(string ifNoneMatch, string etag)
    {
        if (ifNoneMatch.Length == 0)
        {
            return false;
        }

        var opaque = etag[2..];
        foreach (var candidate in ifNoneMatch.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (candidate == "*" || (candidate.StartsWith("W/", StringComparison.Ordinal) ? candidate[2..] : candidate) == opaque)
            {
                return true;
            }
        }

        return false;
    }

    private static string Base64Url(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
