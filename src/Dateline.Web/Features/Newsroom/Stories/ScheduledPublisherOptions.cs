using System.ComponentModel.DataAnnotations;

namespace Dateline.Web.Features.Newsroom.Stories;

/// <summary>Settings of <see cref="ScheduledPublisher"/> (section <c>Newsroom:Scheduler</c>).</summary>
public sealed class ScheduledPublisherOptions
{
    public const string SectionName = "Newsroom:Scheduler";

    /// <summary>Off on a web-only node; at least one node of a site must run it.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often due stories are looked for; a scheduled story goes live at most this late.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(15);
}
