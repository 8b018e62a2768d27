using System.ComponentModel.DataAnnotations;

namespace Dateline.Web.Features.Sitemaps;

/// <summary>Sitemap settings, bound from the <c>Sitemaps</c> section.</summary>
public sealed class SitemapOptions
{
    public const string SectionName = "Sitemaps";

    /// <summary>The protocol's limit of addresses in one sitemap file.</summary>
    public const int ProtocolLimit = 50_000;

    /// <summary>Google News reads at most this many stories from one news sitemap.</summary>
    public const int NewsLimit = 1_000;

    /// <summary>Google News wants only the stories of the last two days.</summary>
    public static readonly TimeSpan NewsWindow = TimeSpan.FromHours(48);

    /// <summary>
    /// Article addresses per sitemap file; a month with more is split into pages (<c>?page=2</c>). At most the
    /// protocol's 50,000; lower keeps each file smaller.
    /// </summary>
    [Range(1, ProtocolLimit)]
    public int UrlsPerFile { get; set; } = ProtocolLimit;
}
