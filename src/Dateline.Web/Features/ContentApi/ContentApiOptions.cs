namespace Dateline.Web.Features.ContentApi;

/// <summary>The read-only content API, bound from the <c>ContentApi</c> section.</summary>
public sealed class ContentApiOptions
{
    public const string SectionName = "ContentApi";

    /// <summary>Serve published content to requests without an API key. When off, every request needs a valid key.</summary>
    public bool AllowAnonymous { get; set; } = true;

    /// <summary>Requests one API key may make per <see cref="RateLimitWindow"/>.</summary>
    public int PermitsPerKey { get; set; } = 600;

    /// <summary>Requests one client address without a key may make per <see cref="RateLimitWindow"/>.</summary>
    public int PermitsPerAnonymousClient { get; set; } = 120;

    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long browsers and CDNs may reuse a response without asking again (they revalidate with its ETag).</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromSeconds(60);
}
