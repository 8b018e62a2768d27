namespace Dateline.Web.Features.ContentApi;

public sealed record ContentTopic(int Id, string Edition, string Slug, string Name, string Url);
