using System.Linq.Expressions;
using Dateline.Web.Features.Media;
using Dateline.Web.Features.Sections;

namespace Dateline.Web.Features.Articles;

/// <summary>The rows an article card is built from, joined in the query; only ever used inside LINQ expressions.</summary>
public sealed class CardRow
{
    public required Article Article { get; init; }

    public required Section Section { get; init; }

    public MediaAsset? Image { get; init; }

    /// <summary>
    /// Rewrites a projection from a <see cref="CardRow"/> into the same projection from an article alone, reaching
    /// the section and image through the article's navigations, so one card shape serves both kinds of query.
    /// </summary>
    public static Expression<Func<Article, TResult>> OverNavigations<TResult>(Expression<Func<CardRow, TResult>> projection)
    {
        var article = Expression.Parameter(typeof(Article), "a");
        var body = new Rewriter(projection.Parameters[0], article).Visit(projection.Body);
        return Expression.Lambda<Func<Article, TResult>>(body, article);
    }

    private sealed class Rewriter(ParameterExpression row, ParameterExpression article) : ExpressionVisitor
    {
        protected override Expression VisitMember(MemberExpression node) =>
            node.Expression == row
                ? node.Member.Name switch
                {
                    nameof(Article) => article,
                    nameof(Section) => Expression.Property(article, nameof(Articles.Article.Section)),
                    nameof(Image) => Expression.Property(article, nameof(Articles.Article.HeroImage)),
                    _ => throw new NotSupportedException($"CardRow.{node.Member.Name} has no navigation on Article."),
                }
                : base.VisitMember(node);

        protected override Expression VisitParameter(ParameterExpression node) =>
            node == row ? throw new NotSupportedException("A card projection may use CardRow only through its members.") : node;
    }
}
