using Dateline.Web.Features.Articles;

namespace Dateline.Web.Features.Newsroom.Stories;

/// <summary>
/// Everything the public article page shows about a published story, resolved when it is published (section name,
/// agency credit in the edition's language, the hero image's size, topic and author names), stored as JSON in
/// <see cref="PublishedRevision"/> so the page reads one row.
/// </summary>
public sealed record ArticleSnapshot
{
    public required string EditionCode { get; init; }
    public required string Slug { get; init; }
    public required string Headline { get; init; }
    public string? Standfirst { get; init; }
    public required string BodyHtml { get; init; }
    public string? DatelinePlace { get; init; }

    /// <summary>UTC of first publication.</summary>
    public DateTime PublishedAt { get; init; }

    /// <summary>UTC of the last update or correction readers were shown, if any.</summary>
    public DateTime? UpdatedAt { get; init; }

    public int SectionId { get; init; }
    public required string SectionSlug { get; init; }
    public required string SectionName { get; init; }
    public string? AgencyCredit { get; init; }
    public HeroImage? Image { get; init; }
    public IReadOnlyList<TopicLink> Topics { get; init; } = [];
    public IReadOnlyList<AuthorLink> Authors { get; init; } = [];
    public IReadOnlyList<CorrectionNote> Corrections { get; init; } = [];
    public string? SeoTitle { get; init; }
    public string? SeoDescription { get; init; }

    /// <summary>The page's model; the translation group and pins come from the article row in the same read.</summary>
    public ArticleDetail ToDetail(int id, int? translationGroupId, bool hasPinnedRelated) => new(
        id, EditionCode, Slug, Headline, Standfirst, BodyHtml, DatelinePlace, PublishedAt, UpdatedAt, SectionId,
        SectionSlug, SectionName, AgencyCredit, Image, translationGroupId, hasPinnedRelated, Topics, Authors)
    {
        Corrections = Corrections,
    };
}
