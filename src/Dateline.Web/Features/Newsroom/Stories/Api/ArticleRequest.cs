namespace Dateline.Web.Features.Newsroom.Stories.Api;

/// <summary>
/// The body of <c>POST</c> and <c>PUT /api/v1/newsroom/articles</c>. Section, topics, authors and agency are named as
/// people name them (section slug; topic names, created when new; author slugs or names; agency code or name).
/// </summary>
public sealed record ArticleRequest
{
    /// <summary>"en" or "ar"; required on create, must not change on update.</summary>
    public string? Edition { get; init; }
    public string? Headline { get; init; }
    public string? Standfirst { get; init; }

    /// <summary>HTML; kept only as the sanitizer's allow-list allows.</summary>
    public string? BodyHtml { get; init; }
    public string? Section { get; init; }
    public IReadOnlyList<string>? Topics { get; init; }
    public IReadOnlyList<string>? Authors { get; init; }
    public string? Agency { get; init; }

    /// <summary>draft, review, published or scheduled (with <see cref="PublishAt"/>). Omitted: draft on create, unchanged on update.</summary>
    public string? Status { get; init; }

    /// <summary>When a scheduled story goes live; an embargo until then.</summary>
    public DateTimeOffset? PublishAt { get; init; }
    public string? Slug { get; init; }
    public string? DatelinePlace { get; init; }
    public int? HeroImageId { get; init; }
    public string? HeroCaption { get; init; }
    public string? HeroCredit { get; init; }
    public string? HeroAltText { get; init; }
    public string? SeoTitle { get; init; }
    public string? SeoDescription { get; init; }
}
