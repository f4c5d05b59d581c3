using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Domain.Organisations;
using Tandem.Domain.Outreach;
using Tandem.Domain.Patients;

namespace Tandem.Web.Data.Configurations;

internal sealed class OutreachConfiguration :
    IEntityTypeConfiguration<SiteChange>, IEntityTypeConfiguration<SiteLogo>, IEntityTypeConfiguration<Referral>, IEntityTypeConfiguration<ReferralEvent>
{
    public void Configure(EntityTypeBuilder<SiteChange> change)
    {
        change.Property(c => c.Field).HasMaxLength(40);
        change.Property(c => c.OldValue).HasMaxLength(SiteChange.MaxValueLength);
        change.Property(c => c.NewValue).HasMaxLength(SiteChange.MaxValueLength);
        change.HasOne<Site>().WithMany().HasForeignKey(c => c.SiteId).OnDelete(DeleteBehavior.Cascade);
        change.HasIndex(c => new { c.SiteId, c.At });
    }

    public void Configure(EntityTypeBuilder<SiteLogo> logo)
    {
        logo.HasKey(l => l.SiteId);
        logo.Property(l => l.ContentType).HasMaxLength(32);
        logo.HasOne<Site>().WithOne().HasForeignKey<SiteLogo>(l => l.SiteId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<Referral> referral)
    {
        referral.Property(r => r.Kind).HasConversion<string>().HasMaxLength(8);
        // Two people moving the same referral at once: the second is refused, not silently applied after the first.
        referral.Property(r => r.Status).HasConversion<string>().HasMaxLength(16).IsConcurrencyToken();
        referral.Property(r => r.ProgrammeId).HasMaxLength(64);
        referral.Property(r => r.Name).HasMaxLength(100);
        referral.Property(r => r.Email).HasMaxLength(254);
        referral.Property(r => r.Phone).HasMaxLength(30);
        referral.Property(r => r.Message).HasMaxLength(Referral.MaxMessageLength);
        referral.Property(r => r.GpName).HasMaxLength(100);
        referral.Property(r => r.GpPractice).HasMaxLength(150);
        referral.Property(r => r.GpAgbCode).HasMaxLength(8);
        referral.Property(r => r.GpEmail).HasMaxLength(254);
        referral.Property(r => r.GpPhone).HasMaxLength(30);
        referral.Ignore(r => r.NextStatuses);
        referral.HasOne<Site>().WithMany().HasForeignKey(r => r.SiteId).OnDelete(DeleteBehavior.Restrict);
        referral.HasIndex(r => new { r.SiteId, r.ReceivedAt });
        // One referral becomes at most one patient, and a patient comes from at most one referral.
        referral.HasOne<Patient>().WithMany().HasForeignKey(r => r.PatientId).OnDelete(DeleteBehavior.Restrict);
        referral.HasIndex(r => r.PatientId).IsUnique();
    }

    public void Configure(EntityTypeBuilder<ReferralEvent> change)
    {
        change.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        change.Property(c => c.Note).HasMaxLength(ReferralEvent.MaxNoteLength);
        change.HasOne<Referral>().WithMany().HasForeignKey(c => c.ReferralId).OnDelete(DeleteBehavior.Cascade);
        change.HasIndex(c => c.ReferralId);
    }
}
