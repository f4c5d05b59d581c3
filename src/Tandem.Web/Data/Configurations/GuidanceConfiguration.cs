using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Domain.Guidance;
using Tandem.Domain.Organisations;
using Tandem.Domain.Patients;

namespace Tandem.Web.Data.Configurations;

internal sealed class MessageConfiguration : IEntityTypeConfiguration<Message>
{
    public void Configure(EntityTypeBuilder<Message> message)
    {
        message.Property(m => m.Body).HasMaxLength(Message.MaxLength);
        message.HasOne<Patient>().WithMany().HasForeignKey(m => m.PatientId).OnDelete(DeleteBehavior.Restrict);
        message.HasOne<AppUser>().WithMany().HasForeignKey(m => m.AuthorUserId).OnDelete(DeleteBehavior.Restrict);
        message.HasOne<AppUser>().WithMany().HasForeignKey(m => m.ReadByUserId).OnDelete(DeleteBehavior.Restrict);

        // The thread in time order; the worklist's unread messages from patients.
        message.HasIndex(m => new { m.PatientId, m.SentAt });
        message.HasIndex(m => m.SentAt).HasFilter("\"ReadAt\" IS NULL");
    }
}

internal sealed class DraftConfiguration : IEntityTypeConfiguration<Draft>
{
    public void Configure(EntityTypeBuilder<Draft> draft)
    {
        draft.HasKey(d => new { d.UserId, d.SubjectId });
        draft.Property(d => d.Text).HasMaxLength(Draft.MaxLength);
        draft.HasOne<AppUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SnippetConfiguration : IEntityTypeConfiguration<Snippet>
{
    public void Configure(EntityTypeBuilder<Snippet> snippet)
    {
        snippet.Property(s => s.Title).HasMaxLength(Snippet.MaxTitleLength);
        snippet.Property(s => s.Text).HasMaxLength(Snippet.MaxTextLength);
        snippet.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        snippet.HasOne<AppUser>().WithMany().HasForeignKey(s => s.OwnerUserId).OnDelete(DeleteBehavior.Cascade);
        snippet.HasOne<Team>().WithMany().HasForeignKey(s => s.TeamId).OnDelete(DeleteBehavior.Restrict);
        snippet.HasIndex(s => s.OwnerUserId);
        snippet.HasIndex(s => s.TeamId);
    }
}

internal sealed class TimeEntryConfiguration : IEntityTypeConfiguration<TimeEntry>
{
    public void Configure(EntityTypeBuilder<TimeEntry> entry)
    {
        entry.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        entry.Ignore(e => e.IsManual);
        entry.HasOne<Organisation>().WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        entry.HasOne<AppUser>().WithMany().HasForeignKey(e => e.TherapistId).OnDelete(DeleteBehavior.Restrict);
        entry.HasOne<Patient>().WithMany().HasForeignKey(e => e.PatientId).OnDelete(DeleteBehavior.Restrict);

        // One automatic row per therapist, patient and day, so concurrent heartbeats add to it instead of racing to insert.
        entry.HasIndex(e => new { e.TherapistId, e.PatientId, e.Day }).IsUnique().HasFilter("\"Kind\" = 'Online'");
        entry.HasIndex(e => new { e.TherapistId, e.Day });
        entry.HasIndex(e => new { e.OrganisationId, e.Day });
    }
}

internal sealed class ReassignmentConfiguration : IEntityTypeConfiguration<Reassignment>
{
    public void Configure(EntityTypeBuilder<Reassignment> reassignment)
    {
        reassignment.Property(r => r.Reason).HasMaxLength(Reassignment.MaxReasonLength);
        reassignment.HasOne<Patient>().WithMany().HasForeignKey(r => r.PatientId).OnDelete(DeleteBehavior.Restrict);
        reassignment.HasOne<AppUser>().WithMany().HasForeignKey(r => r.FromTherapistId).OnDelete(DeleteBehavior.Restrict);
        reassignment.HasOne<AppUser>().WithMany().HasForeignKey(r => r.ToTherapistId).OnDelete(DeleteBehavior.Restrict);
        reassignment.HasOne<AppUser>().WithMany().HasForeignKey(r => r.ByUserId).OnDelete(DeleteBehavior.Restrict);
        reassignment.HasIndex(r => new { r.PatientId, r.At });
    }
}

internal sealed class SiteHolidayConfiguration : IEntityTypeConfiguration<SiteHoliday>
{
    public void Configure(EntityTypeBuilder<SiteHoliday> holiday)
    {
        holiday.Property(h => h.Name).HasMaxLength(SiteHoliday.MaxNameLength);
        holiday.HasOne<Site>().WithMany().HasForeignKey(h => h.SiteId).OnDelete(DeleteBehavior.Cascade);
        holiday.HasIndex(h => new { h.SiteId, h.Day }).IsUnique();
    }
}
