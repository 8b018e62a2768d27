using System.ComponentModel.DataAnnotations;

namespace Dateline.Web.Features.Articles.Publishing;

/// <summary>How long finished outbox rows are kept, bound from the <c>OutboxPruning</c> section.</summary>
public sealed class OutboxPruningOptions
{
    public const string SectionName = "OutboxPruning";

    /// <summary>Run the pruning on this node. Several nodes may: a row deleted twice is deleted once.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Finished rows (delivered or given up webhook deliveries with their attempts, sent or given up CDN purges) older than this go.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Rows deleted per statement, so no delete holds locks or grows the journal for long.</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 1000;
}
