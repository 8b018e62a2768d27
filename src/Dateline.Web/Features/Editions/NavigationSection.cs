namespace Dateline.Web.Features.Editions;

public sealed record NavigationSection(int Id, string Slug, string Name);
