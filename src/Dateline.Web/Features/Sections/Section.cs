using Dateline.Web.Features.Editions;

namespace Dateline.Web.Features.Sections;

/// <summary>A navigation section of one edition (World, UAE, Business, …).</summary>
public sealed class Section
{
    public int Id { get; set; }
    public required string EditionCode { get; set; }
    public Edition? Edition { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public int SortOrder { get; set; }
    public bool ShowInNavigation { get; set; } = true;
}
