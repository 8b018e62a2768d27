using System.ComponentModel.DataAnnotations;

namespace Dateline.Web.Features.Feeds;

/// <summary>RSS and Atom settings, bound from the <c>Feeds</c> section.</summary>
public sealed class FeedOptions
{
    public const string SectionName = "Feeds";

    /// <summary>
    /// Put each story's whole body in the feed (RSS <c>content:encoded</c>, Atom <c>content</c>) besides its summary.
    /// Off by default: readers then come to the site for the story.
    /// </summary>
    public bool FullText { get; set; }

    /// <summary>How many of the newest stories a feed lists.</summary>
    [Range(1, 100)]
    public int ItemCount { get; set; } = 30;
}
