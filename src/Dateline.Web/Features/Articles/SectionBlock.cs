using Dateline.Web.Features.Editions;

namespace Dateline.Web.Features.Articles;

public sealed record SectionBlock(NavigationSection Section, IReadOnlyList<ArticleCard> Articles);
