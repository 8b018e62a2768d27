namespace Dateline.Web.Features.Taxonomy.Admin;

public sealed record TopicRow(int Id, string Name, string Slug, int Stories);
