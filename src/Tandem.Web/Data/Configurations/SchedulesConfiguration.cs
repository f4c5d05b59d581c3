using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Domain.Measurement;
using Tandem.Domain.Patients;
using Tandem.Domain.Treatment;

namespace Tandem.Web.Data.Configurations;

internal sealed class SteppedCareDecisionConfiguration : IEntityTypeConfiguration<SteppedCareDecision>
{
    public void Configure(EntityTypeBuilder<SteppedCareDecision> decision)
    {
        decision.Property(d => d.Eligibility).HasConversion<string>().HasMaxLength(16);
        decision.Property(d => d.Decision).HasConversion<string>().HasMaxLength(16);
        decision.Property(d => d.Criteria).HasMaxLength(SteppedCareDecision.MaxSnapshotLength);
        decision.Property(d => d.Reason).HasMaxLength(MeasurementRequest.MaxReasonLength);
        decision.HasOne<Patient>().WithMany().HasForeignKey(d => d.PatientId).OnDelete(DeleteBehavior.Restrict);
        decision.HasOne<Enrolment>().WithMany().HasForeignKey(d => d.EnrolmentId).OnDelete(DeleteBehavior.Restrict);
        decision.HasIndex(d => new { d.EnrolmentId, d.DecidedAt });
    }
}
