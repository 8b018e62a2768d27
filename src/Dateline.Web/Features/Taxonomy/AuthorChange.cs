namespace Dateline.Web.Features.Taxonomy;

/// <summary>An author as the edit form posts it.</summary>
public sealed record AuthorChange(string? Name, string? NameAr, string? Slug, string? Bio, string? BioAr, int? PhotoId);
