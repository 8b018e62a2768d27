using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dateline.Web.Features.Newsroom.Stories;

internal sealed class StoryLockConfiguration : IEntityTypeConfiguration<StoryLock>
{
    public void Configure(EntityTypeBuilder<StoryLock> builder)
    {
        builder.HasKey(l => l.ArticleId);
        builder.HasOne<Story>().WithOne().HasForeignKey<StoryLock>(l => l.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(l => l.HolderId).HasMaxLength(64);
        builder.Property(l => l.HolderName).HasMaxLength(256);
        builder.Property(l => l.PreviousHolderId).HasMaxLength(64);
    }
}
