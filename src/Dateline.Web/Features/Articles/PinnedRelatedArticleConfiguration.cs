using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dateline.Web.Features.Articles;

internal sealed class PinnedRelatedArticleConfiguration : IEntityTypeConfiguration<PinnedRelatedArticle>
{
    public void Configure(EntityTypeBuilder<PinnedRelatedArticle> builder)
    {
        builder.HasKey(t => new { t.ArticleId, t.RelatedArticleId });
        builder.HasOne(t => t.RelatedArticle).WithMany().HasForeignKey(t => t.RelatedArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
