using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Domain.Organisations;
using Tandem.Domain.Patients;

namespace Tandem.Web.Data.Configurations;

internal sealed class PatientConfiguration : IEntityTypeConfiguration<Patient>
{
    public void Configure(EntityTypeBuilder<Patient> patient)
    {
        patient.Property(p => p.GivenName).HasMaxLength(100);
        patient.Property(p => p.FamilyName).HasMaxLength(100);
        patient.Property(p => p.Email).HasMaxLength(256);
        patient.Property(p => p.RecordNumber).HasMaxLength(32);
        patient.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        patient.Ignore(p => p.FullName);
        patient.HasOne<Site>().WithMany().HasForeignKey(p => p.SiteId).OnDelete(DeleteBehavior.Restrict);
        patient.HasOne<Team>().WithMany().HasForeignKey(p => p.TeamId).OnDelete(DeleteBehavior.Restrict);
        patient.HasOne<AppUser>().WithMany().HasForeignKey(p => p.TherapistId).OnDelete(DeleteBehavior.Restrict);
        patient.HasOne<AppUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Restrict);
        patient.HasIndex(p => new { p.TherapistId, p.FamilyName });
        patient.HasIndex(p => p.UserId).IsUnique();
        patient.HasIndex(p => new { p.OrganisationId, p.RecordNumber }).IsUnique();
    }
}
