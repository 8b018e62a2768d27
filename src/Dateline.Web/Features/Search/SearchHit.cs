using Dateline.Web.Features.Articles;

namespace Dateline.Web.Features.Search;

/// <summary>One result. <see cref="SnippetHtml"/> is HTML: the text encoded, the matches in &lt;mark&gt;.</summary>
public sealed record SearchHit(
    int Id,
    string EditionCode,
    string Slug,
    string Headline,
    string SnippetHtml,
    DateTime PublishedAt,
    string SectionSlug,
    string SectionName)
{
    public string Path => ArticlePaths.Article(EditionCode, Id, Slug);
}
