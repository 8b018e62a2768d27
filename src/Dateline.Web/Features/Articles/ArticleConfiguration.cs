using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dateline.Web.Features.Articles;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        // Copies the status and publication time onto the article's topic links (see ArticleTopicConfiguration).
        builder.ToTable(t => t.HasTrigger(ArticleTopicConfiguration.CopyToTopicsTrigger));
        builder.Property(a => a.EditionCode).HasMaxLength(8);
        builder.Property(a => a.Slug).HasMaxLength(200);
        builder.Property(a => a.Headline).HasMaxLength(300);
        builder.Property(a => a.Standfirst).HasMaxLength(1000);
        builder.Property(a => a.DatelinePlace).HasMaxLength(128);
        builder.Property(a => a.HeroCaption).HasMaxLength(1000);
        builder.Property(a => a.HeroCredit).HasMaxLength(256);
        builder.Property(a => a.HeroAltText).HasMaxLength(500);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Version).IsConcurrencyToken();

        builder.HasIndex(a => new { a.EditionCode, a.Slug }).IsUnique();
        // Keyset paging of live lists: newest first, id breaks ties.
        builder.HasIndex(a => new { a.EditionCode, a.Status, a.PublishedAt, a.Id });
        builder.HasIndex(a => new { a.SectionId, a.Status, a.PublishedAt, a.Id });
        builder.HasIndex(a => a.TranslationGroupId);

        builder.HasOne(a => a.Edition).WithMany().HasForeignKey(a => a.EditionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Section).WithMany().HasForeignKey(a => a.SectionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Agency).WithMany().HasForeignKey(a => a.AgencyId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(a => a.HeroImage).WithMany().HasForeignKey(a => a.HeroImageId).OnDelete(DeleteBehavior.SetNull);

        builder.HasMany(a => a.Topics).WithOne().HasForeignKey(t => t.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Authors).WithOne().HasForeignKey(t => t.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.PinnedRelated).WithOne().HasForeignKey(t => t.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
