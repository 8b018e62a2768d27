namespace Dateline.Web.Features.Taxonomy.Admin;

/// <summary>A media library image offered as an author's photo.</summary>
public sealed record PhotoChoice(int Id, string? AltText, string? Caption);
