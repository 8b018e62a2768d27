namespace Dateline.Web.Features.Articles;

public sealed record AuthorLink(int Id, string Slug, string Name, string? NameAr);
