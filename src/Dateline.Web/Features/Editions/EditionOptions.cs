using System.ComponentModel.DataAnnotations;

namespace Dateline.Web.Features.Editions;

/// <summary>Bound from the <c>Editions</c> section.</summary>
public sealed class EditionOptions
{
    public const string SectionName = "Editions";

    /// <summary>
    /// How old a node's copy of the editions and navigation may get before it reads them again: how long another node
    /// shows the old navigation after an Admin changes it.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "1.00:00:00")]
    public TimeSpan NavigationRefresh { get; set; } = TimeSpan.FromSeconds(15);
}
