namespace Dateline.Web.Features.Accounts;

/// <summary>
/// The newsroom and its API are private working pages: never stored by a browser or proxy, never indexed. Decided by
/// path, so that error pages and 404s under /newsroom get the same treatment.
/// </summary>
internal sealed class NewsroomResponseHeaders(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (IsNewsroomPath(context.Request.Path.Value))
        {
            context.Response.OnStarting(static state =>
            {
                var headers = ((HttpContext)state).Response.Headers;
                headers.CacheControl = "no-store";
                headers["X-Robots-Tag"] = "noindex, nofollow";
                return Task.CompletedTask;
            }, context);
        }

        return next(context);
    }

    /// <summary>/newsroom and everything under it, and the newsroom API (/api/v1/newsroom); with or without a leading slash.</summary>
    public static bool IsNewsroomPath(string? path)
    {
        var p = (path ?? "").TrimStart('/');
        return IsUnder(p, "newsroom") || IsUnder(p, "api/v1/newsroom");
    }

    private static bool IsUnder(string path, string prefix) =>
        path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && (path.Length == prefix.Length || path[prefix.Length] == '/');
}
