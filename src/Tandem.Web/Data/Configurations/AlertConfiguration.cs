using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Domain.Measurement;
using Tandem.Domain.Organisations;
using Tandem.Domain.Patients;

namespace Tandem.Web.Data.Configurations;

internal sealed class MeasurementAlertConfiguration : IEntityTypeConfiguration<MeasurementAlert>
{
    public void Configure(EntityTypeBuilder<MeasurementAlert> alert)
    {
        alert.Property(a => a.InstrumentId).HasMaxLength(64);
        alert.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
        alert.Property(a => a.ItemId).HasMaxLength(64);
        alert.Property(a => a.ScaleId).HasMaxLength(64);
        alert.Property(a => a.Note).HasMaxLength(AlertRules.MaxNoteLength);
        alert.Property(a => a.Version).IsConcurrencyToken();
        alert.Ignore(a => a.IsOpen);
        alert.HasOne<Patient>().WithMany().HasForeignKey(a => a.PatientId).OnDelete(DeleteBehavior.Restrict);
        alert.HasOne<InstrumentResponse>().WithMany().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Restrict);
        alert.HasOne<AppUser>().WithMany().HasForeignKey(a => a.AcknowledgedByUserId).OnDelete(DeleteBehavior.Restrict);

        // The record banner (a patient's open alerts) and the escalation job (open, not escalated, by age).
        alert.HasIndex(a => new { a.PatientId, a.AcknowledgedAt });
        alert.HasIndex(a => new { a.AcknowledgedAt, a.EscalatedAt, a.RaisedAt });
    }
}

internal sealed class AlertRecipientConfiguration : IEntityTypeConfiguration<AlertRecipient>
{
    public void Configure(EntityTypeBuilder<AlertRecipient> recipient)
    {
        recipient.Property(r => r.Reason).HasConversion<string>().HasMaxLength(16);
        recipient.Property(r => r.MailStatus).HasConversion<string>().HasMaxLength(16);
        recipient.HasOne<MeasurementAlert>().WithMany().HasForeignKey(r => r.AlertId).OnDelete(DeleteBehavior.Cascade);
        recipient.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Restrict);

        // One row per person per alert, however often escalation runs; "my alerts" by user.
        recipient.HasIndex(r => new { r.AlertId, r.UserId }).IsUnique();
        recipient.HasIndex(r => r.UserId);
        recipient.HasIndex(r => new { r.MailStatus, r.MailClaimedAt });
    }
}

internal sealed class CoverPeriodConfiguration : IEntityTypeConfiguration<CoverPeriod>
{
    public void Configure(EntityTypeBuilder<CoverPeriod> cover)
    {
        cover.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        cover.HasOne<AppUser>().WithMany().HasForeignKey(c => c.TherapistId).OnDelete(DeleteBehavior.Restrict);
        cover.HasOne<AppUser>().WithMany().HasForeignKey(c => c.CoveringTherapistId).OnDelete(DeleteBehavior.Restrict);
        cover.HasOne<AppUser>().WithMany().HasForeignKey(c => c.CreatedByUserId).OnDelete(DeleteBehavior.Restrict);
        cover.HasIndex(c => new { c.TherapistId, c.Until });
        cover.HasIndex(c => new { c.CoveringTherapistId, c.Until }); // whom a therapist covers for today (their scope)
    }
}
