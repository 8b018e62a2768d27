using Dateline.Web.Features.Articles;

namespace Dateline.Web.Features.Feeds;

/// <summary>One story of a feed, with everything the RSS and Atom writers put out.</summary>
public sealed record FeedItem(
    int Id,
    string EditionCode,
    string Slug,
    string Headline,
    string? Summary,
    string BodyHtml,
    DateTime PublishedAt,
    DateTime UpdatedAt,
    string SectionName,
    IReadOnlyList<FeedAuthor> Authors,
    string? AgencyCredit,
    FeedImage? Image)
{
    public string Path => ArticlePaths.Article(EditionCode, Id, Slug);

    /// <summary>
    /// The story's address without its slug: it redirects to the current one, and unlike the full address it never
    /// changes, so readers never see an edited headline as a new story.
    /// </summary>
    public string StablePath => $"/{EditionCode}/article/{Id}";
}
