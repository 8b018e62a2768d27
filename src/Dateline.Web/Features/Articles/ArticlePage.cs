namespace Dateline.Web.Features.Articles;

/// <summary>One page of a list, and where the next one starts.</summary>
public sealed record ArticlePage(IReadOnlyList<ArticleCard> Items, ArticleCursor? Next);
