using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dateline.Web.Infrastructure.Data;

internal sealed class StartupLockConfiguration : IEntityTypeConfiguration<StartupLock>
{
    public void Configure(EntityTypeBuilder<StartupLock> builder)
    {
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(64);
        builder.Property(l => l.HeldBy).HasMaxLength(256);

        // Created with the schema, so no two nodes ever race to insert it.
        builder.HasData(new StartupLock { Name = StartupLock.StartupData });
    }
}
