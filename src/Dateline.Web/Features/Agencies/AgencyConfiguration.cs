using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dateline.Web.Features.Agencies;

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> builder)
    {
        builder.Property(a => a.Code).HasMaxLength(32);
        builder.Property(a => a.Name).HasMaxLength(128);
        builder.Property(a => a.Credit).HasMaxLength(64);
        builder.Property(a => a.CreditAr).HasMaxLength(64);
        builder.HasIndex(a => a.Code).IsUnique();
    }
}
