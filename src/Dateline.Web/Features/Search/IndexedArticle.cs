using Dateline.Web.Features.Articles;

namespace Dateline.Web.Features.Search;

/// <summary>What the index holds of one story, read from the database.</summary>
public sealed record IndexedArticle(
    int Id,
    string EditionCode,
    string Slug,
    string Headline,
    string? Standfirst,
    string BodyHtml,
    ArticleStatus Status,
    DateTime? PublishedAt,
    string SectionSlug,
    string SectionName,
    string? Agency,
    IReadOnlyList<int> TopicIds,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Authors);
