using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Domain.Measurement;
using Tandem.Domain.Patients;
using Tandem.Domain.Treatment;

namespace Tandem.Web.Data.Configurations;

internal sealed class InstrumentResponseConfiguration : IEntityTypeConfiguration<InstrumentResponse>
{
    public void Configure(EntityTypeBuilder<InstrumentResponse> response)
    {
        response.Property(r => r.InstrumentId).HasMaxLength(64);
        response.Property(r => r.Language).HasMaxLength(8);
        response.Property(r => r.AnswersJson).HasMaxLength(20_000);
        response.Ignore(r => r.Answers);
        response.Ignore(r => r.IsSubmitted);
        response.HasOne<Patient>().WithMany().HasForeignKey(r => r.PatientId).OnDelete(DeleteBehavior.Restrict);
        response.HasOne<InstrumentResponse>().WithMany().HasForeignKey(r => r.CorrectsId).OnDelete(DeleteBehavior.Restrict);
        response.HasIndex(r => new { r.PatientId, r.InstrumentId, r.SubmittedAt });
    }
}

internal sealed class InstrumentScoreConfiguration : IEntityTypeConfiguration<InstrumentScore>
{
    public void Configure(EntityTypeBuilder<InstrumentScore> score)
    {
        score.Property(s => s.InstrumentId).HasMaxLength(64);
        score.Property(s => s.ScaleId).HasMaxLength(64);
        score.Property(s => s.Severity).HasConversion<string>().HasMaxLength(24);
        score.HasOne<InstrumentResponse>().WithMany().HasForeignKey(s => s.ResponseId).OnDelete(DeleteBehavior.Restrict);
        score.HasOne<Patient>().WithMany().HasForeignKey(s => s.PatientId).OnDelete(DeleteBehavior.Restrict);
        score.HasIndex(s => new { s.ResponseId, s.ScaleId }).IsUnique();

        // Charts, change and FHIR Observation search read one patient's scores in time order.
        score.HasIndex(s => new { s.PatientId, s.InstrumentId, s.EffectiveAt });
    }
}

internal sealed class MeasurementRequestConfiguration : IEntityTypeConfiguration<MeasurementRequest>
{
    public void Configure(EntityTypeBuilder<MeasurementRequest> request)
    {
        request.Property(r => r.InstrumentId).HasMaxLength(64);
        request.Property(r => r.Occasion).HasMaxLength(64);
        request.Property(r => r.CancelReason).HasMaxLength(500);
        request.HasOne<Patient>().WithMany().HasForeignKey(r => r.PatientId).OnDelete(DeleteBehavior.Restrict);
        request.HasOne<InstrumentResponse>().WithMany().HasForeignKey(r => r.ResponseId).OnDelete(DeleteBehavior.Restrict);
        request.HasIndex(r => new { r.PatientId, r.DueFrom });

        // schedules: an occasion's instrument is asked once per enrolment (on-request ones have no enrolment: NULLs are distinct).
        request.HasOne<Enrolment>().WithMany().HasForeignKey(r => r.EnrolmentId).OnDelete(DeleteBehavior.Restrict);
        request.HasIndex(r => new { r.EnrolmentId, r.Occasion, r.InstrumentId }).IsUnique();
        request.HasIndex(r => new { r.DueUntil, r.CompletedAt, r.CancelledAt });
    }
}
