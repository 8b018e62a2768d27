using System.ComponentModel.DataAnnotations;

namespace Dateline.Web.Features.Search;

/// <summary>Search settings, bound from the <c>Search</c> configuration section.</summary>
public sealed class SearchOptions
{
    public const string SectionName = "Search";

    /// <summary>
    /// Folder of this node's index; empty means <c>{Dateline:DataPath}/search</c>. The index is derived data: delete the
    /// folder and the node rebuilds it from the database on start. When another process on the same machine holds the
    /// folder, the node uses <c>{IndexPath}-2</c>, <c>-3</c>… so that nodes sharing a data folder still each keep one.
    /// </summary>
    public string? IndexPath { get; set; }

    /// <summary>How often a node reads the change feed when nothing on this node woke it (events published elsewhere).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How far back the feed is read again on every poll. On PostgreSQL a lower event id can commit after a higher one;
    /// an event that commits later than this after it was written is missed until the next rebuild.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan LookBack { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The readiness check (<c>search-index</c> on <c>/healthz/ready</c>) fails when a change-feed event older than this
    /// is not yet in the index: the node would answer searches with stale results, so it leaves rotation.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Run the change-feed follower on this node (off only for tests that drive it by hand).</summary>
    public bool FollowChanges { get; set; } = true;

    /// <summary>Searches one client (by IP address) may make per <see cref="RateLimitWindow"/>, pages and API together.</summary>
    [Range(1, 100_000)]
    public int RateLimitPermits { get; set; } = 30;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromSeconds(10);
}
