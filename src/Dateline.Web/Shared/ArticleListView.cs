using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Editions;

namespace Dateline.Web.Shared;

/// <summary>A paged list of teasers with its "Load more" link.</summary>
public sealed record ArticleListView(ArticlePage Page, string BasePath, EditionStrings Text, ReaderClock Clock)
{
    public string? NextPath => Page.Next is { } next ? $"{BasePath}?after={next}" : null;
}
