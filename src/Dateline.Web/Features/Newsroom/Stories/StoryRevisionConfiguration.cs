using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dateline.Web.Features.Newsroom.Stories;

internal sealed class StoryRevisionConfiguration : IEntityTypeConfiguration<StoryRevision>
{
    public void Configure(EntityTypeBuilder<StoryRevision> builder)
    {
        builder.Property(r => r.Fields).HasConversion(f => StoryJson.Serialize(f), json => StoryJson.DeserializeFields(json));
        builder.Property(r => r.AuthorId).HasMaxLength(64);
        builder.Property(r => r.AuthorName).HasMaxLength(256);
        builder.Property(r => r.Note).HasMaxLength(256);
        builder.HasOne<Story>().WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);

        // Two saves can never claim the same number: the loser's transaction fails instead of forking history.
        builder.HasIndex(r => new { r.ArticleId, r.Number }).IsUnique();
    }
}
