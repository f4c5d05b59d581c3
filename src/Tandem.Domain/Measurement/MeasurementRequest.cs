namespace Tandem.Domain.Measurement;

public enum RequestStatus
{
    /// <summary>Its window has not opened yet.</summary>
    Upcoming,

    /// <summary>Within its window: the patient is asked to answer.</summary>
    Open,

    /// <summary>Its window has passed without an answer; the patient may still answer.</summary>
    Overdue,
    Completed,
    Cancelled,
}

/// <summary>
/// One instrument the patient is asked to answer: on a schedule occasion (baseline, after a module, end, follow-up)
/// or because a therapist asked for it. It has a window of clinic days; it is completed by a submitted response and
/// can be cancelled or moved by the therapist, always with who and when.
/// </summary>
public sealed class MeasurementRequest
{
    private MeasurementRequest() { } // EF Core

    public MeasurementRequest(Guid patientId, string instrumentId, string occasion, DateOnly dueFrom, DateOnly dueUntil, DateTimeOffset now, Guid? byUserId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instrumentId);
        ArgumentException.ThrowIfNullOrWhiteSpace(occasion);
        ArgumentOutOfRangeException.ThrowIfLessThan(dueUntil, dueFrom);
        PatientId = patientId;
        InstrumentId = instrumentId;
        Occasion = occasion;
        DueFrom = dueFrom;
        DueUntil = dueUntil;
        RequestedAt = now;
        RequestedByUserId = byUserId;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid PatientId { get; private init; }
    public string InstrumentId { get; private init; } = "";

    /// <summary>The schedule occasion (e.g. <c>baseline</c>, <c>follow-up-3m</c>) or <c>on-request</c>.</summary>
    public string Occasion { get; private init; } = "";

    public DateOnly DueFrom { get; private set; }
    public DateOnly DueUntil { get; private set; }
    public DateTimeOffset RequestedAt { get; private init; }

    /// <summary>The therapist who asked for it; null when the schedule did.</summary>
    public Guid? RequestedByUserId { get; private init; }

    public Guid? ResponseId { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }
    public Guid? CancelledByUserId { get; private set; }
    public string? CancelReason { get; private set; }

    public RequestStatus StatusOn(DateOnly today) =>
        CompletedAt is not null ? RequestStatus.Completed
        : CancelledAt is not null ? RequestStatus.Cancelled
        : today < DueFrom ? RequestStatus.Upcoming
        : today > DueUntil ? RequestStatus.Overdue
        : RequestStatus.Open;

    public void Complete(InstrumentResponse response, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.InstrumentId != InstrumentId || response.PatientId != PatientId || !response.IsSubmitted)
        {
            throw new ArgumentException("Only a submitted response of this patient and instrument completes the request.", nameof(response));
        }

        if (CompletedAt is null && CancelledAt is null)
        {
            ResponseId = response.Id;
            CompletedAt = now;
        }
    }
}
