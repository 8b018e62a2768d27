namespace Dateline.Web.Features.ContentApi;

/// <summary>An article as lists return it.</summary>
public sealed record ContentArticleSummary(
    int Id,
    string Edition,
    string Url,
    string Headline,
    string? Standfirst,
    ContentSection Section,
    DateTimeOffset PublishedAt,
    DateTimeOffset? UpdatedAt,
    ContentImage? Image);
