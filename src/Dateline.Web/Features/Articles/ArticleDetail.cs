namespace Dateline.Web.Features.Articles;

/// <summary>Everything the article page shows about the story itself.</summary>
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
    bool HasPinnedRelated,
    IReadOnlyList<TopicLink> Topics,
    IReadOnlyList<AuthorLink> Authors)
{
    /// <summary>Correction and update notes, oldest first.</summary>
    public IReadOnlyList<CorrectionNote> Corrections { get; init; } = [];

    public string Path => ArticlePaths.Article(EditionCode, Id, Slug);
}
