namespace Dateline.Web.Features.Articles;

/// <summary>An editor's choice for "More on this Topic", shown before the computed ones.</summary>
public sealed class PinnedRelatedArticle
{
    public int ArticleId { get; set; }
    public int RelatedArticleId { get; set; }
    public Article? RelatedArticle { get; set; }
    public int SortOrder { get; set; }
}
