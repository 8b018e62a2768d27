using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dateline.Web.Features.Newsroom.Stories;

internal sealed class StoryCorrectionConfiguration : IEntityTypeConfiguration<StoryCorrection>
{
    public void Configure(EntityTypeBuilder<StoryCorrection> builder)
    {
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Text).HasMaxLength(2000);
        builder.Property(c => c.AuthorId).HasMaxLength(64);
        builder.Property(c => c.AuthorName).HasMaxLength(256);
        builder.HasOne<Story>().WithMany().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.ArticleId);
    }
}
