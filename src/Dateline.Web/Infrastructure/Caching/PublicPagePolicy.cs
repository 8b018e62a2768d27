using Dateline.Web.Features.CdnPurge;
using Dateline.Web.Infrastructure.Telemetry;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace Dateline.Web.Infrastructure.Caching;

/// <summary>
/// Caches anonymous GET/HEAD responses with status 200 for every visitor alike. Unlike the default policy it
/// ignores request cookies (readers carry preference cookies that pages never read) but still refuses to store a
/// response that sets one.
/// </summary>
internal sealed class PublicPagePolicy(TimeSpan lifetime, bool enabled) : IOutputCachePolicy
{
    public const string Name = "PublicPage";

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var request = context.HttpContext.Request;
        var attempt = enabled && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !request.Headers.ContainsKey("Authorization")
            && context.HttpContext.User.Identity?.IsAuthenticated != true;
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = attempt;
        context.AllowCacheStorage = attempt;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = lifetime;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.HeaderNames = "Accept-Encoding";
        context.Tags.Add(CacheTags.Site);
        if (attempt)
        {
            // Before the page runs, so the stored entry carries them too; pages that add tags update them
            // (OutputCacheTagging). A CDN in front files the page under the same tags that a publish purges.
            SurrogateKeyHeaders.Set(context.HttpContext.Response.Headers, context.Tags);
        }

        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        DatelineTelemetry.OutputCacheHits.Add(1);
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        // Reached only when the page was rendered: a lookup that may have been served from the cache was a miss.
        if (context.AllowCacheLookup)
        {
            DatelineTelemetry.OutputCacheMisses.Add(1);
        }

        var response = context.HttpContext.Response;
        if (!StringValues.IsNullOrEmpty(response.Headers.SetCookie) || response.StatusCode != StatusCodes.Status200OK)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
