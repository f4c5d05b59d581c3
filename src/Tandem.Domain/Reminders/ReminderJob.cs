namespace Tandem.Domain.Reminders;

public enum ReminderKind
{
    Diary,
    Inactivity,

    /// <summary>A questionnaire request opened, or became overdue (schedules).</summary>
    Questionnaire,

    /// <summary>A therapist wrote in the patient's thread: a message or released feedback (at most one e-mail a day).</summary>
    NewMessage,
}

public enum ReminderStatus
{
    /// <summary>Waiting to be sent, from <see cref="ReminderJob.NextAttemptAt"/>.</summary>
    Pending,

    /// <summary>Claimed by one node; if that node dies, the claim is taken over once its lease has expired.</summary>
    Sending,
    Sent,

    /// <summary>Given up after the last attempt.</summary>
    Failed,

    /// <summary>No longer due when its turn came (treatment closed, account gone).</summary>
    Cancelled,
}

/// <summary>
/// One reminder e-mail to send. (Patient, kind, local day) is unique, so however many nodes schedule at once a
/// reminder exists at most once; claiming is a conditional update, so only one node sends it.
/// </summary>
public sealed class ReminderJob
{
    private ReminderJob() { } // EF Core

    public ReminderJob(Guid patientId, ReminderKind kind, DateOnly localDay, DateTimeOffset now)
    {
        PatientId = patientId;
        Kind = kind;
        LocalDay = localDay;
        CreatedAt = now;
        NextAttemptAt = now;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid PatientId { get; private init; }
    public ReminderKind Kind { get; private init; }

    /// <summary>The clinic day the reminder belongs to.</summary>
    public DateOnly LocalDay { get; private init; }

    public DateTimeOffset CreatedAt { get; private init; }
    public ReminderStatus Status { get; private set; } = ReminderStatus.Pending;
    public int Attempts { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>When the current claim was taken, and by which claim; both null when not claimed.</summary>
    public DateTimeOffset? ClaimedAt { get; private set; }

    public Guid? ClaimToken { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>The kind of the last failure (an exception type name): never message content.</summary>
    public string? LastError { get; private set; }
}

/// <summary>How long a claim holds and how failed sends are retried.</summary>
public sealed record ReminderRetryPolicy(TimeSpan Lease, TimeSpan FirstRetry, TimeSpan MaxRetry, int MaxAttempts)
{
    public static ReminderRetryPolicy Default { get; } = new(TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(1), TimeSpan.FromHours(1), 6);

    /// <summary>The wait after attempt number <paramref name="attempts"/> failed: doubling from the first retry, capped.</summary>
    public TimeSpan Backoff(int attempts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempts, 1);
        var factor = Math.Pow(2, Math.Min(attempts - 1, 30));
        var wait = FirstRetry.TotalSeconds * factor;
        return wait >= MaxRetry.TotalSeconds ? MaxRetry : TimeSpan.FromSeconds(wait);
    }

    public bool GivesUpAfter(int attempts) => attempts >= MaxAttempts;
}
