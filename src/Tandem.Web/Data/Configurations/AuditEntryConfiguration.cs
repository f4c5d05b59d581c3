using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Domain.Audit;

namespace Tandem.Web.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.Property(e => e.Role).HasConversion<string>().HasMaxLength(32);
        entry.Property(e => e.Action).HasConversion<string>().HasMaxLength(16);
        entry.Property(e => e.ObjectType).HasMaxLength(64);
        entry.Property(e => e.ObjectId).HasMaxLength(64);
        entry.Property(e => e.AccessPoint).HasMaxLength(64);
        entry.Property(e => e.Actor).HasConversion<string>().HasMaxLength(16).HasDefaultValue(AuditActor.User).HasSentinel((AuditActor)(-1));
        entry.HasIndex(e => new { e.PatientId, e.At });
        entry.HasIndex(e => new { e.UserId, e.At });
    }
}
