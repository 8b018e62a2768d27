using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dateline.Web.Features.Articles.Publishing;

internal sealed class ArticleEventConfiguration : IEntityTypeConfiguration<ArticleEvent>
{
    public void Configure(EntityTypeBuilder<ArticleEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.EditionCode).HasMaxLength(8);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasOne(e => e.Article).WithMany().HasForeignKey(e => e.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.ArticleId);
        builder.HasIndex(e => e.OccurredAt);
    }
}
