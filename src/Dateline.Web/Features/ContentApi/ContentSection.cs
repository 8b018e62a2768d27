namespace Dateline.Web.Features.ContentApi;

public sealed record ContentSection(int Id, string Edition, string Slug, string Name, string Url);
