namespace Dateline.Web.Features.Taxonomy.Admin;

public sealed record SectionRow(int Id, string Name, string Slug, bool InNavigation, int Stories);
