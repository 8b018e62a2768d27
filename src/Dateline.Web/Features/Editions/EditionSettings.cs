namespace Dateline.Web.Features.Editions;

/// <summary>Branding of one edition as configured under <c>Editions:{code}</c>; applied when the edition is first created.</summary>
public sealed class EditionSettings
{
    public string? Name { get; set; }
    public string? Culture { get; set; }
    public TextDirection? Direction { get; set; }
    public string? SiteName { get; set; }
    public string? Tagline { get; set; }
    public int? SortOrder { get; set; }
}
