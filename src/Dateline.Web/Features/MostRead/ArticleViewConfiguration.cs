using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dateline.Web.Features.MostRead;

internal sealed class ArticleViewConfiguration : IEntityTypeConfiguration<ArticleView>
{
    public void Configure(EntityTypeBuilder<ArticleView> builder)
    {
        builder.HasKey(v => new { v.ArticleId, v.Hour });
        builder.Property(v => v.EditionCode).HasMaxLength(8);
        builder.HasOne(v => v.Article).WithMany().HasForeignKey(v => v.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.EditionCode, v.Hour });
    }
}
