using Dateline.Web.Features.Agencies;
using Dateline.Web.Features.Editions;
using Dateline.Web.Features.Media;
using Dateline.Web.Features.Sections;

namespace Dateline.Web.Features.Articles;

/// <summary>A story in one edition. Body HTML is sanitized when saved and rendered as stored.</summary>
public sealed class Article
{
    public int Id { get; set; }
    public required string EditionCode { get; set; }
    public Edition? Edition { get; set; }
    public required string Slug { get; set; }
    public required string Headline { get; set; }
    public string? Standfirst { get; set; }

    /// <summary>Sanitized HTML, ready to render.</summary>
    public string BodyHtml { get; set; } = "";

    /// <summary>Place named in the dateline ("Stockholm").</summary>
    public string? DatelinePlace { get; set; }

    public int SectionId { get; set; }
    public Section? Section { get; set; }

    public int? AgencyId { get; set; }
    public Agency? Agency { get; set; }

    public int? HeroImageId { get; set; }
    public MediaAsset? HeroImage { get; set; }
    public string? HeroCaption { get; set; }
    public string? HeroCredit { get; set; }
    public string? HeroAltText { get; set; }

    public ArticleStatus Status { get; set; }

    /// <summary>UTC. For a scheduled article, the moment it goes live.</summary>
    public DateTime? PublishedAt { get; set; }

    /// <summary>UTC of the last correction or update shown to readers.</summary>
    public DateTime? UpdatedAt { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Articles that are translations of each other share this id (the first article's id).</summary>
    public int? TranslationGroupId { get; set; }

    /// <summary>Optimistic concurrency token so no editor silently overwrites another.</summary>
    public int Version { get; set; }

    /// <summary>The published revision readers see (its snapshot is the article page's one read); null for rows from before revisions.</summary>
    public Guid? PublishedRevisionId { get; set; }

    public List<ArticleTopic> Topics { get; set; } = [];
    public List<ArticleAuthor> Authors { get; set; } = [];
    public List<PinnedRelatedArticle> PinnedRelated { get; set; } = [];

    public bool IsLive(DateTime utcNow) =>
        Status == ArticleStatus.Published && PublishedAt is { } at && at <= utcNow;
}
