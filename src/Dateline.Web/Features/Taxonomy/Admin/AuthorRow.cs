namespace Dateline.Web.Features.Taxonomy.Admin;

public sealed record AuthorRow(int Id, string Name, string? NameAr, string Slug, int? PhotoId, int Stories);
