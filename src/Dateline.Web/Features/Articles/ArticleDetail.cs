namespace Dateline.Web.Features.Articles;

/// <summary>Everything the article page shows, read in one query.</summary>
public sealed record ArticleDetail(
    int Id,
    string EditionCode,
    string Slug,
    string Headline,
    string? Standfirst,
    string BodyHtml,
    string? DatelinePlace,
    DateTime PublishedAt,
    DateTime? UpdatedAt,
    int SectionId,
    string SectionSlug,
    string SectionName,
    string? AgencyCredit,
    HeroImage? Image,
    int? TranslationGroupId,
    IReadOnlyList<TopicLink> Topics,
    IReadOnlyList<AuthorLink> Authors)
{
    public string Path => ArticlePaths.Article(EditionCode, Id, Slug);
}
