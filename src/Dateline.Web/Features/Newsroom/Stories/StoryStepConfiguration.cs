using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dateline.Web.Features.Newsroom.Stories;

internal sealed class StoryStepConfiguration : IEntityTypeConfiguration<StoryStep>
{
    public void Configure(EntityTypeBuilder<StoryStep> builder)
    {
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(s => s.ActorId).HasMaxLength(64);
        builder.Property(s => s.ActorName).HasMaxLength(256);
        builder.Property(s => s.Detail).HasMaxLength(2000);
        builder.HasOne<Story>().WithMany().HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.ArticleId);
    }
}
