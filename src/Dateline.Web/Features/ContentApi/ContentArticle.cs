namespace Dateline.Web.Features.ContentApi;

/// <summary>
/// A published article: an allow-list of what readers see on the page, never the stored entity.
/// <see cref="BodyHtml"/> is the sanitized body as the site renders it.
/// </summary>
public sealed record ContentArticle(
    int Id,
    string Edition,
    string Language,
    string Direction,
    string Url,
    string Slug,
    string Headline,
    string? Standfirst,
    string BodyHtml,
    string? Dateline,
    string? Credit,
    ContentSection Section,
    IReadOnlyList<ContentTopic> Topics,
    IReadOnlyList<ContentAuthor> Authors,
    DateTimeOffset PublishedAt,
    DateTimeOffset? UpdatedAt,
    ContentImage? Image);
