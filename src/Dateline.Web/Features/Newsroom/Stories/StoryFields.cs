namespace Dateline.Web.Features.Newsroom.Stories;

/// <summary>
/// The editable fields of a story: one immutable set per revision and one in the working copy. The body is already
/// sanitized; text fields are plain text, encoded on output.
/// </summary>
public sealed record StoryFields
{
    public required string Headline { get; init; }
    public string? Standfirst { get; init; }

    /// <summary>Body HTML after <see cref="Infrastructure.Html.BodyHtmlSanitizer"/>.</summary>
    public string BodyHtml { get; init; } = "";

    /// <summary>The URL slug; the id finds the story, so changing it only 301s the old address.</summary>
    public required string Slug { get; init; }

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

    /// <summary>Value equality over the lists too (records compare lists by reference), so "nothing changed" is detectable.</summary>
    public bool SameAs(StoryFields other) =>
        string.Equals(StoryJson.Serialize(this), StoryJson.Serialize(other), StringComparison.Ordinal);
}
