using System.Text.Json.Nodes;
using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Editions;
using Dateline.Web.Features.Media;

namespace Dateline.Web.Features.StructuredData;

/// <summary>
/// The schema.org nodes public pages carry, shaped for Google's Article, Breadcrumb and sitelinks search box rich
/// results (see README.md). Every address is absolute: <c>origin</c> is the site's public scheme and host.
/// </summary>
public static class SchemaOrg
{
    /// <summary>Google shows at most this many characters of an Article's headline; longer ones are cut at a word.</summary>
    public const int MaxHeadlineLength = 110;

    /// <summary>The name the search box template uses for the reader's query.</summary>
    public const string SearchTermPlaceholder = "{search_term_string}";

    public static JsonObject NewsArticle(ArticleDetail article, EditionView edition, string origin, ReaderClock clock, string? description)
    {
        var url = origin + article.Path;
        var published = clock.FormatIso(article.PublishedAt);
        var node = new JsonObject
        {
            ["@context"] = JsonLd.Context,
            ["@type"] = "NewsArticle",
            ["headline"] = Headline(article.Headline),
            ["url"] = url,
            ["mainEntityOfPage"] = new JsonObject { ["@type"] = "WebPage", ["@id"] = url },
            ["datePublished"] = published,
            ["dateModified"] = article.UpdatedAt is { } updated ? clock.FormatIso(updated) : published,
            ["inLanguage"] = edition.Code,
            ["isAccessibleForFree"] = true,
            ["articleSection"] = article.SectionName,
            ["author"] = Authors(article, edition, origin),
            ["publisher"] = Publisher(edition, origin),
        };
        if (!string.IsNullOrWhiteSpace(description))
        {
            node["description"] = description;
        }

        if (article.Image is { } image)
        {
            // 16:9, 4:3 and 1:1 crops around the focal point, as Google's Article guidance asks for.
            node["image"] = new JsonArray([.. MediaUrls.StructuredDataImageUrls(image.AssetId, image.FocalX, image.FocalY)
                .Select(path => (JsonNode)JsonValue.Create(origin + path))]);
        }

        if (article.Topics.Count > 0)
        {
            node["keywords"] = new JsonArray([.. article.Topics.Select(t => (JsonNode)JsonValue.Create(t.Name))]);
        }

        // Update notes add news, they correct nothing; only corrections are schema.org corrections.
        var corrections = article.Corrections.Where(c => !c.IsUpdate).ToList();
        if (corrections.Count > 0)
        {
            node["correction"] = new JsonArray([.. corrections.Select(c => (JsonNode)new JsonObject
            {
                ["@type"] = "CorrectionComment",
                ["text"] = c.Text,
                ["datePublished"] = clock.FormatIso(c.At),
            })]);
        }

        return node;
    }

    /// <summary>A trail from the edition's home page to this page; <paramref name="trail"/> holds site-relative paths.</summary>
    public static JsonObject BreadcrumbList(string origin, IEnumerable<(string Name, string Path)> trail) => new()
    {
        ["@context"] = JsonLd.Context,
        ["@type"] = "BreadcrumbList",
        ["itemListElement"] = new JsonArray([.. trail.Select((step, i) => (JsonNode)new JsonObject
        {
            ["@type"] = "ListItem",
            ["position"] = i + 1,
            ["name"] = step.Name,
            ["item"] = origin + step.Path,
        })]),
    };

    /// <summary>The edition as a site, with the search box Google may show under it in results.</summary>
    public static JsonObject WebSite(EditionView edition, string origin) => new()
    {
        ["@context"] = JsonLd.Context,
        ["@type"] = "WebSite",
        ["@id"] = origin + edition.HomePath + "#website",
        ["name"] = edition.SiteName,
        ["url"] = origin + edition.HomePath,
        ["inLanguage"] = edition.Code,
        ["publisher"] = new JsonObject { ["@id"] = OrganizationId(edition, origin) },
        ["potentialAction"] = new JsonObject
        {
            ["@type"] = "SearchAction",
            ["target"] = new JsonObject
            {
                ["@type"] = "EntryPoint",
                ["urlTemplate"] = $"{origin}/{edition.Code}/search?q={SearchTermPlaceholder}",
            },
            ["query-input"] = "required name=search_term_string",
        },
    };

    /// <summary>The publisher, with its logo, as the home page describes it.</summary>
    public static JsonObject Organization(EditionView edition, string origin)
    {
        var node = Publisher(edition, origin);
        node.Insert(0, "@context", JsonLd.Context);
        node.Insert(2, "@id", OrganizationId(edition, origin));
        return node;
    }

    /// <summary>The headline as Google shows it: whole when it fits, else cut at the last word that does, with an ellipsis.</summary>
    public static string Headline(string headline)
    {
        if (headline.Length <= MaxHeadlineLength)
        {
            return headline;
        }

        var cut = headline.LastIndexOf(' ', MaxHeadlineLength - 1);
        return string.Concat(headline.AsSpan(0, cut > 0 ? cut : MaxHeadlineLength - 1).TrimEnd(), "…");
    }

    private static JsonArray Authors(ArticleDetail article, EditionView edition, string origin)
    {
        if (article.Authors.Count > 0)
        {
            return new JsonArray([.. article.Authors.Select(a => (JsonNode)new JsonObject
            {
                ["@type"] = "Person",
                ["name"] = edition.IsArabic && !string.IsNullOrWhiteSpace(a.NameAr) ? a.NameAr : a.Name,
                ["url"] = origin + ArticlePaths.Author(edition.Code, a.Slug),
            })]);
        }

        // Agency copy is credited to the agency; staff copy without a byline to the site itself.
        var organization = article.AgencyCredit is { } agency
            ? new JsonObject { ["@type"] = "Organization", ["name"] = agency }
            : new JsonObject { ["@type"] = "Organization", ["name"] = edition.SiteName, ["url"] = origin + edition.HomePath };
        return [organization];
    }

    private static JsonObject Publisher(EditionView edition, string origin) => new()
    {
        ["@type"] = "Organization",
        ["name"] = edition.SiteName,
        ["url"] = origin + edition.HomePath,
        ["logo"] = new JsonObject
        {
            ["@type"] = "ImageObject",
            ["url"] = origin + SiteImages.LogoPng,
            ["width"] = SiteImages.LogoSize,
            ["height"] = SiteImages.LogoSize,
        },
    };

    private static string OrganizationId(EditionView edition, string origin) => origin + edition.HomePath + "#organization";
}
