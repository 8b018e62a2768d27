namespace Dateline.Web.Features.Articles;

/// <summary>An article as lists show it: enough for a teaser with its image.</summary>
public sealed record ArticleCard(
    int Id,
    string EditionCode,
    string Slug,
    string Headline,
    string? Standfirst,
    DateTime PublishedAt,
    string SectionSlug,
    string SectionName,
    HeroImage? Image)
{
    public string Path => ArticlePaths.Article(EditionCode, Id, Slug);
}
