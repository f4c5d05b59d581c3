namespace Tandem.Domain.Measurement;

/// <summary>Why someone receives an alert.</summary>
public enum AlertReason
{
    /// <summary>The patient's treating therapist.</summary>
    Therapist,

    /// <summary>A therapist covering for the treating therapist when the alert was raised.</summary>
    Cover,

    /// <summary>A supervisor of the patient's team or site, after escalation.</summary>
    Supervisor,
}

public enum AlertMailStatus
{
    Pending,
    Sending,
    Sent,
    Failed,
}

/// <summary>
/// One person an alert is shown to, and the content-free e-mail telling them (an outbox row: the e-mail is sent
/// after the alert is saved, so a failing mail server never loses an alert or blocks a submit).
/// </summary>
public sealed class AlertRecipient
{
    private AlertRecipient() { } // EF Core

    public AlertRecipient(Guid alertId, Guid userId, AlertReason reason, DateTimeOffset now)
    {
        AlertId = alertId;
        UserId = userId;
        Reason = reason;
        AddedAt = now;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid AlertId { get; private init; }
    public Guid UserId { get; private init; }
    public AlertReason Reason { get; private init; }
    public DateTimeOffset AddedAt { get; private init; }
    public AlertMailStatus MailStatus { get; private set; } = AlertMailStatus.Pending;
    public int MailAttempts { get; private set; }
    public DateTimeOffset? MailClaimedAt { get; private set; }
    public Guid? MailClaimToken { get; private set; }
    public DateTimeOffset? MailSentAt { get; private set; }
}
