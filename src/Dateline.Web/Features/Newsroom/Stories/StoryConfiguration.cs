using Dateline.Web.Features.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dateline.Web.Features.Newsroom.Stories;

internal sealed class StoryConfiguration : IEntityTypeConfiguration<Story>
{
    public void Configure(EntityTypeBuilder<Story> builder)
    {
        builder.HasKey(s => s.ArticleId);
        builder.HasOne(s => s.Article).WithOne().HasForeignKey<Story>(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.EditionCode).HasMaxLength(8);
        builder.Property(s => s.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Fields).HasConversion(f => StoryJson.Serialize(f), json => StoryJson.DeserializeFields(json));
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.CreatedById).HasMaxLength(64);
        builder.Property(s => s.CreatedByName).HasMaxLength(256);
        builder.Property(s => s.UpdatedById).HasMaxLength(64);
        builder.Property(s => s.UpdatedByName).HasMaxLength(256);
        builder.Ignore(s => s.HasUnpublishedChanges);

        // The scheduler's scan, and the newsroom's lists by state (keyset on the id).
        builder.HasIndex(s => new { s.State, s.PublishAt });
        builder.HasIndex(s => new { s.EditionCode, s.State, s.ArticleId });
    }
}
