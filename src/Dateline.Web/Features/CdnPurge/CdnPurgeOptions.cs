using System.ComponentModel.DataAnnotations;

namespace Dateline.Web.Features.CdnPurge;

/// <summary>Purging a CDN by tag when stories change, bound from the <c>CdnPurge</c> section. Off unless a provider is set.</summary>
public sealed class CdnPurgeOptions
{
    public const string SectionName = "CdnPurge";

    public CdnProvider Provider { get; set; } = CdnProvider.None;

    /// <summary>Fastly: the service id.</summary>
    public string? ServiceId { get; set; }

    /// <summary>Cloudflare: the zone id.</summary>
    public string? ZoneId { get; set; }

    /// <summary>Fastly: the API token (<c>Fastly-Key</c>); Cloudflare and Http: sent as <c>Authorization: Bearer</c> when set.</summary>
    public string? ApiToken { get; set; }

    /// <summary>
    /// Fastly or Cloudflare: the API's base address (defaults to the provider's own; set it for a proxy or a test).
    /// Http: the purge address; with <c>{tag}</c> in it, one POST per tag (the tag URL-escaped), otherwise one POST of
    /// <c>{"tags":[…]}</c>.
    /// </summary>
    public string? Url { get; set; }

    /// <summary>Fastly: mark the content stale instead of removing it, so the CDN can still serve it if the origin fails.</summary>
    public bool SoftPurge { get; set; } = true;

    /// <summary>Send purges from this node. Purge requests are written by every node whenever a provider is set.</summary>
    public bool Dispatch { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 8;

    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a node holds the requests it is sending; longer than <see cref="Timeout"/>.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);
}
