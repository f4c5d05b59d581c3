using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Domain.Diaries;
using Tandem.Domain.Patients;

namespace Tandem.Web.Data.Configurations;

// One entry per patient per diary per day: the unique (PatientId, Day) index also serves the date-range reads.

internal sealed class SleepWakeEntryConfiguration : IEntityTypeConfiguration<SleepWakeEntry>
{
    public void Configure(EntityTypeBuilder<SleepWakeEntry> entry)
    {
        entry.Property(e => e.Note).HasMaxLength(DiaryRules.MaxNoteLength);
        entry.Ignore(e => e.MinutesInBed);
        entry.HasOne<Patient>().WithMany().HasForeignKey(e => e.PatientId).OnDelete(DeleteBehavior.Restrict);
        entry.HasIndex(e => new { e.PatientId, e.Day }).IsUnique();
    }
}

internal sealed class ActivityEntryConfiguration : IEntityTypeConfiguration<ActivityEntry>
{
    public void Configure(EntityTypeBuilder<ActivityEntry> entry)
    {
        entry.Property(e => e.Activity).HasMaxLength(DiaryRules.MaxActivityLength);
        entry.Property(e => e.Note).HasMaxLength(DiaryRules.MaxNoteLength);
        entry.HasOne<Patient>().WithMany().HasForeignKey(e => e.PatientId).OnDelete(DeleteBehavior.Restrict);
        entry.HasIndex(e => new { e.PatientId, e.Day }).IsUnique();
    }
}

internal sealed class SymptomEntryConfiguration : IEntityTypeConfiguration<SymptomEntry>
{
    public void Configure(EntityTypeBuilder<SymptomEntry> entry)
    {
        entry.Property(e => e.Note).HasMaxLength(DiaryRules.MaxNoteLength);
        entry.HasOne<Patient>().WithMany().HasForeignKey(e => e.PatientId).OnDelete(DeleteBehavior.Restrict);
        entry.HasIndex(e => new { e.PatientId, e.Day }).IsUnique();
    }
}

internal sealed class ActivityTargetConfiguration : IEntityTypeConfiguration<ActivityTarget>
{
    public void Configure(EntityTypeBuilder<ActivityTarget> target)
    {
        target.Property(t => t.IncrementKind).HasConversion<string>().HasMaxLength(16);
        target.HasOne<Patient>().WithMany().HasForeignKey(t => t.PatientId).OnDelete(DeleteBehavior.Restrict);
        target.HasOne<AppUser>().WithMany().HasForeignKey(t => t.SetByUserId).OnDelete(DeleteBehavior.Restrict);
        target.HasIndex(t => t.PatientId).IsUnique();
    }
}
