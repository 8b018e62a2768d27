namespace Dateline.Web.Features.Newsroom.Stories.Api;

/// <summary>A story as the management API returns it: the working copy, named as <see cref="ArticleRequest"/> names it.</summary>
public sealed record ArticleResponse(
    int Id,
    int Version,
    string Status,
    string? Url,
    string Edition,
    bool Live,
    bool HasUnpublishedChanges,
    string Headline,
    string? Standfirst,
    string BodyHtml,
    string Slug,
    string? Section,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Authors,
    string? Agency,
    string? DatelinePlace,
    int? HeroImageId,
    DateTime? PublishAt,
    DateTime? PublishedAt,
    int Revision,
    DateTime UpdatedAt,
    string UpdatedBy);
