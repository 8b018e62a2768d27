using System.ComponentModel.DataAnnotations;

namespace Dateline.Web.Features.MostRead;

/// <summary>View counting and the "Most read" lists, bound from the <c>MostRead</c> configuration section.</summary>
public sealed class MostReadOptions
{
    public const string SectionName = "MostRead";

    /// <summary>How often this node writes its counts to the database and reads every node's lists back.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Stories in each list.</summary>
    [Range(1, 20)]
    public int ListLength { get; set; } = 5;

    /// <summary>
    /// Distinct stories counted between two flushes; views of further ones are dropped until the next flush, so a
    /// stream of made-up ids cannot grow the node's memory.
    /// </summary>
    [Range(100, 1_000_000)]
    public int MaxPendingStories { get; set; } = 20_000;

    /// <summary>Hourly counts older than this are deleted (the longest list covers 7 days).</summary>
    [Range(typeof(TimeSpan), "7.00:00:00", "3650.00:00:00")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(8);

    /// <summary>Run the flush loop on this node (off only for tests that flush by hand).</summary>
    public bool BackgroundFlush { get; set; } = true;
}
