using Dateline.Web.Features.CdnPurge;
using Microsoft.AspNetCore.OutputCaching;

namespace Dateline.Web.Infrastructure.Caching;

public static class OutputCacheTagging
{
    /// <summary>Adds tags to the response being cached, for tags known only once the page has loaded its data.</summary>
    public static void TagOutputCache(this HttpContext context, params ReadOnlySpan<string> tags)
    {
        var feature = context.Features.Get<IOutputCacheFeature>();
        if (feature is null)
        {
            return;
        }

        foreach (var tag in tags)
        {
            feature.Context.Tags.Add(tag);
        }

        if (feature.Context.AllowCacheStorage && !context.Response.HasStarted)
        {
            SurrogateKeyHeaders.Set(context.Response.Headers, feature.Context.Tags);
        }
    }
}
