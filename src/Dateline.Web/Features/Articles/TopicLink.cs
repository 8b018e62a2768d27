namespace Dateline.Web.Features.Articles;

public sealed record TopicLink(int Id, string Slug, string Name);
