namespace Dateline.Web.Features.Newsroom.Stories;

/// <summary>
/// A story as an editor or API client submits it, before validation: the body is not yet sanitized and ids are not
/// yet checked. <see cref="Slug"/> null means "generate it from the headline" (or keep the current one).
/// </summary>
public sealed record StoryInput
{
    public string? Headline { get; init; }
    public string? Standfirst { get; init; }
    public string? BodyHtml { get; init; }
    public string? Slug { get; init; }
    public string? DatelinePlace { get; init; }
    public int SectionId { get; init; }
    public int? AgencyId { get; init; }
    public int? HeroImageId { get; init; }
    public string? HeroCaption { get; init; }
    public string? HeroCredit { get; init; }
    public string? HeroAltText { get; init; }
    public IReadOnlyList<int> TopicIds { get; init; } = [];
    public IReadOnlyList<int> AuthorIds { get; init; } = [];
    public IReadOnlyList<int> PinnedRelatedIds { get; init; } = [];
    public string? SeoTitle { get; init; }
    public string? SeoDescription { get; init; }

    /// <summary>The input that reproduces a saved field set (restoring a revision, merging after a conflict).</summary>
    public static StoryInput From(StoryFields fields) => new()
    {
        Headline = fields.Headline,
        Standfirst = fields.Standfirst,
        BodyHtml = fields.BodyHtml,
        Slug = fields.Slug,
        DatelinePlace = fields.DatelinePlace,
        SectionId = fields.SectionId,
        AgencyId = fields.AgencyId,
        HeroImageId = fields.HeroImageId,
        HeroCaption = fields.HeroCaption,
        HeroCredit = fields.HeroCredit,
        HeroAltText = fields.HeroAltText,
        TopicIds = fields.TopicIds,
        AuthorIds = fields.AuthorIds,
        PinnedRelatedIds = fields.PinnedRelatedIds,
        SeoTitle = fields.SeoTitle,
        SeoDescription = fields.SeoDescription,
    };
}
