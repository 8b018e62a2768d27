namespace Dateline.Web.Features.ContentApi;

/// <summary>What the list query reads per article, before links are made absolute.</summary>
internal sealed record ArticleRow(
    int Id,
    string EditionCode,
    string Slug,
    string Headline,
    string? Standfirst,
    DateTime PublishedAt,
    DateTime? UpdatedAt,
    int SectionId,
    string SectionSlug,
    string SectionName,
    int? ImageId,
    int ImageWidth,
    int ImageHeight,
    string? AltText,
    string? Caption,
    string? Credit);
