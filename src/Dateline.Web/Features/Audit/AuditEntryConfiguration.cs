using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dateline.Web.Features.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(e => e.ActorId).HasMaxLength(64);
        builder.Property(e => e.ActorName).HasMaxLength(256);
        builder.Property(e => e.Action).HasMaxLength(64);
        builder.Property(e => e.TargetType).HasMaxLength(32);
        builder.Property(e => e.TargetId).HasMaxLength(64);
        builder.Property(e => e.Detail).HasMaxLength(AuditEntry.DetailLength);
        builder.Property(e => e.ClientNetwork).HasMaxLength(64);

        // The page reads newest first by id, optionally for one action or actor, or from a date.
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => new { e.Action, e.Id });
        builder.HasIndex(e => new { e.ActorId, e.Id });
    }
}
