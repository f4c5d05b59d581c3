namespace Tandem.Domain.Guidance;

public enum TimeKind
{
    /// <summary>Registered automatically while the therapist actively reads the patient's work or writes to them.</summary>
    Online,

    Phone,
    Consultation,
    Other,
}

/// <summary>
/// Time a therapist spent on one patient on one clinic day. The automatic kind is one row per therapist, patient and
/// day that grows with each heartbeat of an active page (<see cref="TimeRules"/>); manual entries are rows of their own.
/// </summary>
public sealed class TimeEntry
{
    private TimeEntry() { } // EF Core

    private TimeEntry(Guid organisationId, Guid therapistId, Guid patientId, DateOnly day, TimeKind kind, int seconds, DateTimeOffset now)
    {
        OrganisationId = organisationId;
        TherapistId = therapistId;
        PatientId = patientId;
        Day = day;
        Kind = kind;
        Seconds = seconds;
        CreatedAt = now;
        LastBeatAt = now;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; private init; }
    public Guid TherapistId { get; private init; }
    public Guid PatientId { get; private init; }
    public DateOnly Day { get; private init; }
    public TimeKind Kind { get; private init; }
    public int Seconds { get; private init; }
    public DateTimeOffset CreatedAt { get; private init; }

    /// <summary>When the automatic row last counted a heartbeat: a heartbeat adds at most the time since.</summary>
    public DateTimeOffset LastBeatAt { get; private init; }

    public bool IsManual => Kind != TimeKind.Online;

    /// <summary>The first active seconds of a day; later heartbeats add to this row.</summary>
    public static TimeEntry Automatic(Guid organisationId, Guid therapistId, Guid patientId, int seconds, DateTimeOffset now) =>
        new(organisationId, therapistId, patientId, ClinicCalendar.DateOf(now), TimeKind.Online, TimeRules.Credit(seconds), now);

    /// <summary>A phone call, consultation or other work, entered by the therapist for today or the past 30 days.</summary>
    public static TimeEntry Manual(Guid organisationId, Guid therapistId, Guid patientId, DateOnly day, TimeKind kind, int minutes, DateTimeOffset now)
    {
        if (kind == TimeKind.Online)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), "Online time is registered automatically.");
        }

        if (minutes is < 1 or > TimeRules.MaxManualMinutes)
        {
            throw new DomainRuleException(GuidanceRules.TimeMinutes);
        }

        var today = ClinicCalendar.DateOf(now);
        if (day > today || day < today.AddDays(-TimeRules.ManualDaysBack))
        {
            throw new DomainRuleException(GuidanceRules.TimeDay);
        }

        return new TimeEntry(organisationId, therapistId, patientId, day, kind, minutes * 60, now);
    }
}

/// <summary>
/// The bounds of automatic time registration. A page where the therapist reads a patient's work or writes to them sends
/// a heartbeat every <see cref="HeartbeatSeconds"/> (and a last one when it is left or hidden) while the tab is visible and
/// there was keyboard, mouse, touch or scroll input in the last <see cref="IdleAfterSeconds"/>; each heartbeat counts at
/// most <see cref="HeartbeatSeconds"/> and at most the time since the last counted one, so an idle or hidden tab adds
/// nothing, several tabs on one patient count once, and a flood of requests cannot inflate the total.
/// </summary>
public static class TimeRules
{
    public const int HeartbeatSeconds = 30;
    public const int IdleAfterSeconds = 60;

    public const int MaxManualMinutes = 480;
    public const int ManualDaysBack = 30;

    /// <summary>The seconds a heartbeat adds: what the page reports, within 0 and one heartbeat.</summary>
    public static int Credit(int reportedSeconds) => Math.Clamp(reportedSeconds, 0, HeartbeatSeconds);

    /// <summary>Whether a day's total counts for reimbursement under the minimum (a clinic setting, 5 minutes by default).</summary>
    public static bool Counts(int totalSeconds, int minimumMinutes) => totalSeconds >= minimumMinutes * 60;
}
