using System.Globalization;

namespace Dateline.Web.Features.ContentApi.Ninjs;

/// <summary>
/// An article as an IPTC ninjs 3.1 news item (https://iptc.org/standards/ninjs/). Built from the allow-listed
/// <see cref="ContentArticle"/>, so it can never carry more than the content API does. Null members are left out
/// when written: ninjs has no nulls.
/// </summary>
public sealed record NinjsItem(
    string Uri,
    string Type,
    string RepresentationType,
    string PubStatus,
    string FirstCreated,
    string VersionCreated,
    string Language,
    string CopyrightHolder,
    string? By,
    string? Located,
    string Slugline,
    IReadOnlyList<NinjsText> Headlines,
    IReadOnlyList<NinjsText>? Descriptions,
    IReadOnlyList<NinjsBody> Bodies,
    IReadOnlyList<NinjsSubject> Subjects,
    IReadOnlyList<NinjsInfoSource> InfoSources,
    IReadOnlyList<NinjsAssociation>? Associations,
    NinjsStandard Standard)
{
    public const string MediaType = "application/ninjs+json";

    /// <param name="article">The article as the content API returns it (absolute URLs).</param>
    /// <param name="itemUri">A stable identifier: the article's content API address, which no slug change alters.</param>
    /// <param name="siteName">The edition's site name, the copyright holder and publisher.</param>
    /// <param name="siteUrl">The edition's home page, identifying the publisher.</param>
    public static NinjsItem From(ContentArticle article, string itemUri, string siteName, string siteUrl)
    {
        var authors = article.Authors.Select(a => article.Edition == "ar" && !string.IsNullOrWhiteSpace(a.NameAr) ? a.NameAr : a.Name).ToList();
        var subjects = new List<NinjsSubject> { new(article.Section.Name, "section", article.Section.Url, article.Section.Slug) };
        subjects.AddRange(article.Topics.Select(t => new NinjsSubject(t.Name, "topic", t.Url, t.Slug)));
        var sources = new List<NinjsInfoSource> { new(siteName, "publisher", siteUrl) };
        if (article.Credit is { } credit)
        {
            sources.Add(new NinjsInfoSource(credit, "agency", null));
        }

        sources.AddRange(authors.Select(name => new NinjsInfoSource(name, "author", null)));
        return new NinjsItem(
            itemUri,
            "text",
            "full",
            "usable",
            Timestamp(article.PublishedAt),
            Timestamp(article.UpdatedAt ?? article.PublishedAt),
            article.Language,
            siteName,
            authors.Count > 0 ? string.Join(", ", authors) : null,
            article.Dateline,
            article.Slug,
            [new NinjsText("main", "text/plain", article.Headline)],
            article.Standfirst is { Length: > 0 } standfirst ? [new NinjsText("summary", "text/plain", standfirst)] : null,
            [new NinjsBody("main", "text/html", article.BodyHtml)],
            subjects,
            sources,
            article.Image is { } image ? [Picture(image, itemUri)] : null,
            NinjsStandard.Current);
    }

    private static NinjsAssociation Picture(ContentImage image, string itemUri) => new(
        "mainpicture",
        itemUri + "#picture-" + image.Id.ToString(CultureInfo.InvariantCulture),
        "picture",
        "partial",
        image.Credit,
        image.Caption is { Length: > 0 } caption ? [new NinjsText("caption", "text/plain", caption)] : null,
        [.. image.Renditions.Select(r => new NinjsRendition(
            "w" + r.Width.ToString(CultureInfo.InvariantCulture), r.Url, r.ContentType, r.Width, r.Height))]);

    private static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
