using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Domain.Patients;
using Tandem.Domain.Treatment;

namespace Tandem.Web.Data.Configurations;

internal sealed class EnrolmentConfiguration : IEntityTypeConfiguration<Enrolment>
{
    public void Configure(EntityTypeBuilder<Enrolment> enrolment)
    {
        // Ids are made by the domain (Guid v7): a new module or adaptation found in a loaded plan is an insert, not an update.
        enrolment.Property(e => e.Id).ValueGeneratedNever();
        enrolment.Property(e => e.ProgrammeId).HasMaxLength(64);
        enrolment.Property(e => e.Guidance).HasConversion<string>().HasMaxLength(16);
        enrolment.Property(e => e.Unlock).HasConversion<string>().HasMaxLength(16);
        enrolment.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        enrolment.Property(e => e.Ending).HasConversion<string>().HasMaxLength(16);
        enrolment.Property(e => e.EndNote).HasMaxLength(Adaptation.MaxReasonLength);
        enrolment.HasOne<AppUser>().WithMany().HasForeignKey(e => e.EndedByUserId).OnDelete(DeleteBehavior.Restrict);
        enrolment.PrimitiveCollection(e => e.ProfileFlags);
        enrolment.HasOne<Patient>().WithMany().HasForeignKey(e => e.PatientId).OnDelete(DeleteBehavior.Restrict);
        enrolment.HasOne<AppUser>().WithMany().HasForeignKey(e => e.EnrolledByUserId).OnDelete(DeleteBehavior.Restrict);
        enrolment.HasMany<PlannedModule>("_modules").WithOne().HasForeignKey(m => m.EnrolmentId).OnDelete(DeleteBehavior.Cascade);
        enrolment.HasMany<Adaptation>("_adaptations").WithOne().HasForeignKey(a => a.EnrolmentId).OnDelete(DeleteBehavior.Restrict);
        enrolment.Ignore(e => e.Modules);
        enrolment.Ignore(e => e.NewAdaptations);
        enrolment.Ignore(e => e.Path);
        enrolment.Ignore(e => e.Current);
        enrolment.Ignore(e => e.Progress);

        // One programme at a time per patient; ended enrolments stay for the record.
        enrolment.HasIndex(e => e.PatientId).IsUnique().HasFilter("\"Status\" = 'Active'");
    }
}

internal sealed class PlannedModuleConfiguration : IEntityTypeConfiguration<PlannedModule>
{
    public void Configure(EntityTypeBuilder<PlannedModule> module)
    {
        module.Property(m => m.Id).ValueGeneratedNever();
        module.Property(m => m.StepId).HasMaxLength(64);
        module.Property(m => m.ModuleId).HasMaxLength(64);
        module.Property(m => m.LastPageId).HasMaxLength(64);
        module.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        module.Ignore(m => m.IsResolved);
        module.Ignore(m => m.IsInPath);
        module.HasIndex(m => new { m.EnrolmentId, m.StepId }).IsUnique();
    }
}

internal sealed class AdaptationConfiguration : IEntityTypeConfiguration<Adaptation>
{
    public void Configure(EntityTypeBuilder<Adaptation> adaptation)
    {
        adaptation.Property(a => a.Id).ValueGeneratedNever();
        adaptation.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        adaptation.Property(a => a.ModuleId).HasMaxLength(64);
        adaptation.Property(a => a.Detail).HasMaxLength(64);
        adaptation.Property(a => a.Reason).HasMaxLength(Adaptation.MaxReasonLength);
        adaptation.Ignore(a => a.IsDeviation);
        adaptation.HasOne<AppUser>().WithMany().HasForeignKey(a => a.ByUserId).OnDelete(DeleteBehavior.Restrict);
        adaptation.HasIndex(a => new { a.EnrolmentId, a.At });
    }
}
