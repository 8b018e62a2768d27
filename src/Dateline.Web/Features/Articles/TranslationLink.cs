namespace Dateline.Web.Features.Articles;

/// <summary>The same story in the other edition.</summary>
public sealed record TranslationLink(string EditionCode, int Id, string Slug)
{
    public string Path => ArticlePaths.Article(EditionCode, Id, Slug);
}
