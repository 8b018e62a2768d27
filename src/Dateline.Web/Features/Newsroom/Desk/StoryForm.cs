using System.ComponentModel.DataAnnotations;

namespace Dateline.Web.Features.Newsroom.Desk;

/// <summary>
/// The story editor's form. <see cref="Version"/> is the version the editor loaded: a save over another version is a
/// conflict, never an overwrite. The services validate and sanitize; the lengths here only bound what is posted.
/// </summary>
public sealed class StoryForm
{
    [StringLength(8)]
    public string? Edition { get; set; }

    [StringLength(500)]
    public string? Headline { get; set; }

    [StringLength(2000)]
    public string? Standfirst { get; set; }

    public string? BodyHtml { get; set; }

    public int SectionId { get; set; }

    [StringLength(2000)]
    public string? Topics { get; set; }

    public List<int> AuthorIds { get; set; } = [];

    public int? AgencyId { get; set; }

    /// <summary>The hero image and its per-use overrides (empty: the library's own caption, credit, alt text).</summary>
    public int? HeroImageId { get; set; }

    [StringLength(1000)]
    public string? HeroCaption { get; set; }

    [StringLength(256)]
    public string? HeroCredit { get; set; }

    [StringLength(500)]
    public string? HeroAltText { get; set; }

    [StringLength(200)]
    public string? DatelinePlace { get; set; }

    [StringLength(200)]
    public string? Slug { get; set; }

    [StringLength(200)]
    public string? SeoTitle { get; set; }

    [StringLength(500)]
    public string? SeoDescription { get; set; }

    /// <summary>Pinned related stories, in order: the picker posts one field per pin.</summary>
    public List<int> PinnedRelatedIds { get; set; } = [];

    /// <summary>The pinned-stories search box; read only when the picker's Find button is pressed without a script.</summary>
    [StringLength(DeskLookups.MaxQueryLength)]
    public string? PinQuery { get; set; }

    public int Version { get; set; }

    /// <summary>UTC, from a datetime-local field; only the schedule button reads it.</summary>
    public DateTime? PublishAt { get; set; }
}
