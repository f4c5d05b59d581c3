namespace Tandem.Domain.Measurement;

public enum StepUpDecision
{
    /// <summary>Referred on to face-to-face CBT.</summary>
    StepUp,
    NoStepUp,

    /// <summary>Decided later (e.g. after a follow-up measurement).</summary>
    Later,
}

/// <summary>
/// The stepped-care evaluation at the end of treatment and the therapist's decision on it, both kept: the criteria
/// snapshot and eligibility as evaluated, and what the therapist decided, why, who and when. A later decision is a new
/// record, so the history (e.g. Later, then StepUp) stays.
/// </summary>
public sealed class SteppedCareDecision
{
    private SteppedCareDecision() { } // EF Core

    public SteppedCareDecision(
        Guid patientId, Guid enrolmentId, SteppedCareEvaluation evaluation, StepUpDecision decision, string reason, Guid byUserId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > MeasurementRequest.MaxReasonLength)
        {
            throw new DomainRuleException(ScheduleRules.ReasonRequired);
        }

        PatientId = patientId;
        EnrolmentId = enrolmentId;
        EvaluatedAt = now;
        Eligibility = evaluation.Eligibility;
        Criteria = evaluation.Snapshot();
        Decision = decision;
        Reason = reason.Trim();
        DecidedByUserId = byUserId;
        DecidedAt = now;
    }

    public const int MaxSnapshotLength = 4000;

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid PatientId { get; private init; }
    public Guid EnrolmentId { get; private init; }
    public DateTimeOffset EvaluatedAt { get; private init; }
    public Eligibility Eligibility { get; private init; }

    /// <summary>The criteria, scores and results as evaluated (JSON, see <see cref="SteppedCareEvaluation.Snapshot"/>).</summary>
    public string Criteria { get; private init; } = "";

    public StepUpDecision Decision { get; private init; }
    public string Reason { get; private init; } = "";
    public Guid DecidedByUserId { get; private init; }
    public DateTimeOffset DecidedAt { get; private init; }
}
