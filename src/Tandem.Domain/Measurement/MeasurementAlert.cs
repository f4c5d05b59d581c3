namespace Tandem.Domain.Measurement;

public enum AlertKind
{
    /// <summary>An answer met one of the instrument's risk rules (e.g. PHQ-9 item 9 above 0).</summary>
    RiskAnswer,

    /// <summary>A scale's score changed reliably for the worse since the patient's first (baseline) score.</summary>
    ReliableDeterioration,
}

/// <summary>
/// A measurement result that needs a clinician's attention: shown to its recipients until one of them acknowledges it
/// with a note, and escalated once to the supervisors when nobody has in time. What raised it is stored with it
/// (the item and answer, or the scale with baseline, latest score and RCI), so the alert reads the same later.
/// </summary>
public sealed class MeasurementAlert
{
    private MeasurementAlert() { } // EF Core

    private MeasurementAlert(InstrumentResponse response, AlertKind kind, DateTimeOffset now)
    {
        PatientId = response.PatientId;
        ResponseId = response.Id;
        InstrumentId = response.InstrumentId;
        Kind = kind;
        RaisedAt = now;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid PatientId { get; private init; }
    public Guid ResponseId { get; private init; }
    public string InstrumentId { get; private init; } = "";
    public AlertKind Kind { get; private init; }

    /// <summary>For a risk answer: the item and the answer given.</summary>
    public string? ItemId { get; private init; }

    public int? Answer { get; private init; }

    /// <summary>For a deterioration: the scale, the baseline and latest score and the reliable change index.</summary>
    public string? ScaleId { get; private init; }

    public double? Baseline { get; private init; }
    public double? Latest { get; private init; }
    public double? ChangeIndex { get; private init; }

    public DateTimeOffset RaisedAt { get; private init; }
    public DateTimeOffset? AcknowledgedAt { get; private set; }
    public Guid? AcknowledgedByUserId { get; private set; }
    public string? Note { get; private set; }
    public DateTimeOffset? EscalatedAt { get; private set; }

    /// <summary>Changes on every change of state, so two clinicians acknowledging at once cannot both succeed.</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    public bool IsOpen => AcknowledgedAt is null;

    public static MeasurementAlert ForRisk(InstrumentResponse response, RiskRule rule, int answer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(rule);
        return new MeasurementAlert(response, AlertKind.RiskAnswer, now) { ItemId = rule.ItemId, Answer = answer };
    }

    public static MeasurementAlert ForDeterioration(InstrumentResponse response, Scale scale, Change change, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(change);
        return new MeasurementAlert(response, AlertKind.ReliableDeterioration, now)
        {
            ScaleId = scale.Id,
            Baseline = change.Before,
            Latest = change.After,
            ChangeIndex = Math.Round(change.Index, 2),
        };
    }

    /// <summary>A recipient records that they have seen the alert and what they did; only once, and only with a note.</summary>
    public void Acknowledge(Guid userId, string? note, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            throw new DomainRuleException(AlertRules.AlreadyAcknowledged);
        }

        var text = note?.Trim() ?? "";
        if (text.Length == 0)
        {
            throw new DomainRuleException(AlertRules.NoteRequired);
        }

        if (text.Length > AlertRules.MaxNoteLength)
        {
            throw new DomainRuleException(AlertRules.NoteTooLong);
        }

        AcknowledgedAt = now;
        AcknowledgedByUserId = userId;
        Note = text;
        Version = Guid.NewGuid();
    }

    /// <summary>Whether the alert has waited too long: open, not yet escalated, raised at least <paramref name="after"/> ago.</summary>
    public bool EscalationDue(DateTimeOffset now, TimeSpan after) => IsOpen && EscalatedAt is null && now - RaisedAt >= after;

    /// <summary>Marks the alert escalated; happens once.</summary>
    public void Escalate(DateTimeOffset now)
    {
        if (!IsOpen || EscalatedAt is not null)
        {
            throw new DomainRuleException(AlertRules.NotEscalatable);
        }

        EscalatedAt = now;
        Version = Guid.NewGuid();
    }
}
