using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dateline.Web.Features.Authors;

internal sealed class AuthorConfiguration : IEntityTypeConfiguration<Author>
{
    public void Configure(EntityTypeBuilder<Author> builder)
    {
        builder.Property(a => a.Slug).HasMaxLength(128);
        builder.Property(a => a.Name).HasMaxLength(128);
        builder.Property(a => a.NameAr).HasMaxLength(128);
        builder.Property(a => a.Bio).HasMaxLength(2000);
        builder.Property(a => a.BioAr).HasMaxLength(2000);
        builder.HasIndex(a => a.Slug).IsUnique();
    }
}
