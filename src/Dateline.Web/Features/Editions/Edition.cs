namespace Dateline.Web.Features.Editions;

/// <summary>A language edition of the site (English, Arabic), with its own branding and direction.</summary>
public sealed class Edition
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Culture { get; set; }
    public TextDirection Direction { get; set; }
    public required string SiteName { get; set; }
    public string? Tagline { get; set; }
    public int SortOrder { get; set; }
}
