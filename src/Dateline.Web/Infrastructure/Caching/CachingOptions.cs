namespace Dateline.Web.Infrastructure.Caching;

/// <summary>Output cache and Redis settings, bound from the <c>Caching</c> section.</summary>
public sealed class CachingOptions
{
    public const string SectionName = "Caching";

    /// <summary>Serve anonymous pages from the output cache. Off only to measure or debug the full render path.</summary>
    public bool OutputCache { get; set; } = true;

    /// <summary>How long an anonymous page is served from cache before it is rendered again.</summary>
    public TimeSpan PageLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>StackExchange.Redis configuration string; when set, the output cache and data-protection keys live in Redis.</summary>
    public string? Redis { get; set; }

    /// <summary>Key prefix so several sites can share one Redis.</summary>
    public string RedisInstanceName { get; set; } = "dateline:";
}
