namespace Dateline.Web.Features.Articles;

public sealed record HomeContent(IReadOnlyList<ArticleCard> Latest, IReadOnlyList<SectionBlock> Sections);
