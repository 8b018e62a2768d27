using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Dateline.Web.Infrastructure.Telemetry;

/// <summary>
/// Dateline's own traces and metrics, under the name <see cref="Name"/>. The instruments are process-wide statics so
/// that call sites (the output-cache policy, the rendition store) need no new constructor argument; with no listener
/// attached, which is the case unless an exporter is configured, recording is a flag check and nothing else.
/// </summary>
public static class DatelineTelemetry
{
    /// <summary>The name of the <see cref="ActivitySource"/> and the <see cref="Meter"/>.</summary>
    public const string Name = "Dateline";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    /// <summary>Anonymous pages served from the output cache.</summary>
    public static readonly Counter<long> OutputCacheHits =
        Meter.CreateCounter<long>("dateline.output_cache.hits", "{response}", "Responses served from the output cache");

    /// <summary>Requests the output cache could have served but had to render (absent, expired or evicted).</summary>
    public static readonly Counter<long> OutputCacheMisses =
        Meter.CreateCounter<long>("dateline.output_cache.misses", "{response}", "Cacheable requests that were rendered");

    /// <summary>Razor Pages rendered, tagged with the page.</summary>
    public static readonly Counter<long> PagesRendered =
        Meter.CreateCounter<long>("dateline.pages.rendered", "{page}", "Razor Pages rendered");

    /// <summary>Cities whose weather a refresh fetched, tagged with the outcome.</summary>
    public static readonly Counter<long> WeatherRefreshes =
        Meter.CreateCounter<long>("dateline.weather.refreshes", "{city}", "Weather refreshes per city, by outcome");

    /// <summary>Image renditions encoded and stored, tagged with the format.</summary>
    public static readonly Counter<long> RenditionsMade =
        Meter.CreateCounter<long>("dateline.media.renditions_made", "{rendition}", "Image renditions made");

    /// <summary>Article changes committed through the publish path, tagged with their kind.</summary>
    public static readonly Counter<long> ArticleEvents =
        Meter.CreateCounter<long>("dateline.articles.events", "{event}", "Article changes committed (published, updated, unpublished, corrected)");

    /// <summary>Requests the overload limiter turned away with 503.</summary>
    public static readonly Counter<long> OverloadRejections =
        Meter.CreateCounter<long>("dateline.overload.rejections", "{request}", "Requests refused with 503 by the overload limiter");
}
