using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Domain.Patients;
using Tandem.Domain.Reminders;

namespace Tandem.Web.Data.Configurations;

internal sealed class ReminderSettingsConfiguration : IEntityTypeConfiguration<ReminderSettings>
{
    public void Configure(EntityTypeBuilder<ReminderSettings> settings)
    {
        settings.HasKey(s => s.PatientId);
        settings.Ignore(s => s.Preferences);
        settings.HasOne<Patient>().WithOne().HasForeignKey<ReminderSettings>(s => s.PatientId).OnDelete(DeleteBehavior.Cascade);
        settings.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UpdatedByUserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReminderJobConfiguration : IEntityTypeConfiguration<ReminderJob>
{
    public void Configure(EntityTypeBuilder<ReminderJob> job)
    {
        job.Property(j => j.Kind).HasConversion<string>().HasMaxLength(16);
        job.Property(j => j.Status).HasConversion<string>().HasMaxLength(16);
        job.Property(j => j.LastError).HasMaxLength(200);
        job.HasOne<Patient>().WithMany().HasForeignKey(j => j.PatientId).OnDelete(DeleteBehavior.Cascade);

        // At most one reminder of a kind per patient per clinic day, however many nodes schedule.
        job.HasIndex(j => new { j.PatientId, j.Kind, j.LocalDay }).IsUnique();
        job.HasIndex(j => new { j.Status, j.NextAttemptAt });
    }
}
