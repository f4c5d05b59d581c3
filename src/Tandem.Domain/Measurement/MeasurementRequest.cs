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

    public MeasurementRequest(Guid patientId, string instrumentId, string occasion, DateOnly dueFrom, DateOnly dueUntil, DateTimeOffset now, Guid? byUserId = null, Guid? enrolmentId = null)
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
        EnrolmentId = enrolmentId;
    }

    public const int MaxReasonLength = 500;

    /// <summary>The longest window a therapist may give a request, in days.</summary>
    public const int MaxWindowDays = 90;

    /// <summary>A request a therapist asks for now, outside the schedule, with a window from today.</summary>
    public static MeasurementRequest AskNow(Guid patientId, string instrumentId, DateOnly dueFrom, DateOnly dueUntil, Guid byUserId, DateTimeOffset now)
    {
        RequireWindow(dueFrom, dueUntil, ClinicCalendar.DateOf(now));
        return new MeasurementRequest(patientId, instrumentId, MeasurementSchedule.OnRequest, dueFrom, dueUntil, now, byUserId);
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid PatientId { get; private init; }

    /// <summary>The enrolment whose schedule asked for it; null for a request a therapist asked for.</summary>
    public Guid? EnrolmentId { get; private init; }

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

    /// <summary>The last time a therapist moved the window, and who.</summary>
    public DateTimeOffset? MovedAt { get; private set; }

    public Guid? MovedByUserId { get; private set; }

    /// <summary>When the patient was reminded that the request opened, and that it became overdue (once each).</summary>
    public DateTimeOffset? OpenRemindedAt { get; private set; }

    public DateTimeOffset? OverdueRemindedAt { get; private set; }

    public bool IsClosed => CompletedAt is not null || CancelledAt is not null;

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

    /// <summary>The therapist withdraws the request; the reason is kept. Not after it was completed or cancelled.</summary>
    public void Cancel(Guid byUserId, string reason, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > MaxReasonLength)
        {
            throw new DomainRuleException(ScheduleRules.ReasonRequired);
        }

        RequireOpen();
        CancelledAt = now;
        CancelledByUserId = byUserId;
        CancelReason = reason.Trim();
    }

    /// <summary>The therapist gives the request another window (it may not end in the past). Not after it was closed.</summary>
    public void Move(DateOnly dueFrom, DateOnly dueUntil, Guid byUserId, DateTimeOffset now)
    {
        RequireOpen();
        RequireWindow(dueFrom, dueUntil, ClinicCalendar.DateOf(now));
        DueFrom = dueFrom;
        DueUntil = dueUntil;
        MovedAt = now;
        MovedByUserId = byUserId;

        // A moved window is a new chance: remind again when it opens and if it passes.
        OpenRemindedAt = null;
        OverdueRemindedAt = null;
    }

    /// <summary>Notes that the patient was reminded of the request in its current state (open or overdue).</summary>
    public void Reminded(DateOnly today, DateTimeOffset now)
    {
        switch (StatusOn(today))
        {
            case RequestStatus.Open:
                OpenRemindedAt ??= now;
                break;
            case RequestStatus.Overdue:
                OpenRemindedAt ??= now;
                OverdueRemindedAt ??= now;
                break;
        }
    }

    private void RequireOpen()
    {
        if (IsClosed)
        {
            throw new DomainRuleException(ScheduleRules.RequestClosed);
        }
    }

    private static void RequireWindow(DateOnly dueFrom, DateOnly dueUntil, DateOnly today)
    {
        if (dueUntil < dueFrom || dueUntil < today || dueUntil.DayNumber - dueFrom.DayNumber + 1 > MaxWindowDays)
        {
            throw new DomainRuleException(ScheduleRules.Window);
        }
    }
}
