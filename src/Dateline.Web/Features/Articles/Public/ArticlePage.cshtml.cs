using Dateline.Web.Features.Editions;
using Dateline.Web.Features.Media;
using Dateline.Web.Features.StructuredData;
using Dateline.Web.Infrastructure.Caching;
using Dateline.Web.Infrastructure.Html;
using Dateline.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Dateline.Web.Features.Articles.Public;

[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class ArticlePageModel(EditionCatalog editions, LiveArticles articles, ReaderClock clock, BodyImages bodyImages) : PublicPageModel
{
    public const int MoreOnTopicCount = 6;

    public ArticleDetail Article { get; private set; } = null!;

    public IReadOnlyList<ArticleCard> MoreOnTopic { get; private set; } = [];

    public ReaderClock Clock => clock;

    public string Dateline { get; private set; } = "";

    public string PublishedIso { get; private set; } = "";

    /// <summary>When the story last changed (its publication time if never since), for article:modified_time.</summary>
    public string ModifiedIso => Article.UpdatedAt is { } updated ? clock.FormatIso(updated) : PublishedIso;

    /// <summary>"Sharjah 24 – AFP:" when the story is an agency's, else null.</summary>
    public string? Attribution { get; private set; }

    public string ImageAlt { get; private set; } = "";

    /// <summary>The stored body with its embed, image and gallery placeholders rendered for readers.</summary>
    public string Body { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string edition, int id, string? slug, CancellationToken cancellationToken)
    {
        if (await editions.FindAsync(edition, cancellationToken) is not { } found || found.Code != edition)
        {
            return NotFound();
        }

        if (await articles.FindAsync(found.Code, id, cancellationToken) is not { } article)
        {
            return NotFound();
        }

        // The id finds the story; a missing or outdated slug moves the reader to the current address.
        if (!string.Equals(slug, article.Slug, StringComparison.Ordinal))
        {
            return RedirectPermanent(article.Path);
        }

        Edition = found;
        Article = article;
        HttpContext.TagOutputCache(CacheTags.Article(article.Id), CacheTags.EditionLists(found.Code), CacheTags.Translations(article.TranslationGroupId ?? article.Id));
        MoreOnTopic = await articles.MoreOnTopicAsync(article, MoreOnTopicCount, cancellationToken);

        Dateline = clock.FormatDateline(article.PublishedAt, found.Text);
        PublishedIso = clock.FormatIso(article.PublishedAt);
        Attribution = article.AgencyCredit is { } agency ? $"{found.SiteName} – {agency}:" : null;
        Body = await bodyImages.RenderAsync(BodyEmbeds.Render(article.BodyHtml, found.Code), found.Code, cancellationToken);
        ImageAlt = string.IsNullOrWhiteSpace(article.Image?.AltText) ? found.Text.ImageAltPrefix + article.Headline : article.Image.AltText;

        Title = article.Headline;
        Description = string.IsNullOrWhiteSpace(article.Standfirst) ? Summary(article.BodyHtml) : article.Standfirst;
        CanonicalPath = article.Path;
        AlternateEditionPath = (await articles.TranslationAsync(article, cancellationToken))?.Path;
        OpenGraphType = "article";
        ShareImage = article.Image is { } image ? ShareImage.Of(image, ImageAlt) : null;
        ActiveSectionSlug = article.SectionSlug;
        StructuredData.Add(SchemaOrg.NewsArticle(article, found, Origin, clock, Description));
        AddBreadcrumbs((article.SectionName, ArticlePaths.Section(found.Code, article.SectionSlug)), (SchemaOrg.Headline(article.Headline), article.Path));
        return Page();
    }

    public string DownloadPath => MediaUrls.DownloadUrl(Article.Image!.AssetId, Slug.From(Article.Headline));

    /// <summary>
    /// A search snippet for stories without a standfirst: the opening paragraph as plain text, cut at a word
    /// near 160 characters. The body is sanitized on save, so its tags are well formed.
    /// </summary>
    public static string? Summary(string bodyHtml, int maxLength = 160)
    {
        var start = bodyHtml.IndexOf("<p", StringComparison.Ordinal);
        var end = start < 0 ? -1 : bodyHtml.IndexOf("</p>", start, StringComparison.Ordinal);
        var html = start < 0 ? bodyHtml : end < 0 ? bodyHtml[start..] : bodyHtml[start..end];

        var text = new System.Text.StringBuilder(html.Length);
        var inTag = false;
        foreach (var c in html)
        {
            if (c == '<')
            {
                inTag = true;
            }
            else if (c == '>')
            {
                inTag = false;
            }
            else if (!inTag)
            {
                text.Append(char.IsWhiteSpace(c) ? ' ' : c);
            }
        }

        var plain = string.Join(' ', System.Net.WebUtility.HtmlDecode(text.ToString()).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (plain.Length <= maxLength)
        {
            return plain.Length == 0 ? null : plain;
        }

        var cut = plain.LastIndexOf(' ', maxLength - 1);
        return string.Concat(plain.AsSpan(0, cut > 0 ? cut : maxLength - 1), "…");
    }

    /// <summary>
    /// The body with the agency attribution opening its first paragraph, as agency copy is credited in print.
    /// </summary>
    public string BodyWithAttribution(string attributionHtml)
    {
        var body = Body;
        // "<p>" or "<p ": a bare "<p" would also find a body image's "<picture".
        var plain = body.IndexOf("<p>", StringComparison.Ordinal);
        var attributed = body.IndexOf("<p ", StringComparison.Ordinal);
        var start = plain < 0 || (attributed >= 0 && attributed < plain) ? attributed : plain;
        var close = start < 0 ? -1 : body.IndexOf('>', start);
        return close < 0
            ? $"<p>{attributionHtml}</p>{body}"
            : string.Concat(body.AsSpan(0, close + 1), attributionHtml, " ", body.AsSpan(close + 1));
    }
}
