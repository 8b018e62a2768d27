using Dateline.Web.Features.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dateline.Web.Features.Newsroom.Stories;

internal sealed class PublishedRevisionConfiguration : IEntityTypeConfiguration<PublishedRevision>
{
    public void Configure(EntityTypeBuilder<PublishedRevision> builder)
    {
        builder.Property(r => r.Snapshot).HasConversion(s => StoryJson.Serialize(s), json => StoryJson.DeserializeSnapshot(json));
        builder.Property(r => r.CreatedById).HasMaxLength(64);
        builder.HasOne<Article>().WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.ArticleId);
    }
}
