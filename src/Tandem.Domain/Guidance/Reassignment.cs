namespace Tandem.Domain.Guidance;

/// <summary>The record of a patient moved permanently from one therapist to another, and why.</summary>
public sealed class Reassignment
{
    public const int MaxReasonLength = 500;

    private Reassignment() { } // EF Core

    public Reassignment(Guid patientId, Guid fromTherapistId, Guid toTherapistId, string? reason, Guid byUserId, DateTimeOffset now)
    {
        if (fromTherapistId == toTherapistId)
        {
            throw new DomainRuleException(GuidanceRules.ReassignSame);
        }

        reason = reason?.Trim() ?? "";
        if (reason.Length is 0 or > MaxReasonLength)
        {
            throw new DomainRuleException(GuidanceRules.ReassignReason);
        }

        PatientId = patientId;
        FromTherapistId = fromTherapistId;
        ToTherapistId = toTherapistId;
        Reason = reason;
        ByUserId = byUserId;
        At = now;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid PatientId { get; private init; }
    public Guid FromTherapistId { get; private init; }
    public Guid ToTherapistId { get; private init; }
    public string Reason { get; private init; } = "";
    public Guid ByUserId { get; private init; }
    public DateTimeOffset At { get; private init; }
}
