namespace Tandem.Domain.Diaries;

/// <summary>
/// The graded-activity target the therapist agreed with the patient: a baseline in minutes a day, the step
/// up and how long each level is kept. <see cref="CurrentMinutes"/> is the level since <see cref="LevelSince"/>;
/// a new level only comes from the therapist (setting the target again, or accepting Tandem's proposal).
/// </summary>
public sealed class ActivityTarget
{
    public const int MaxIntervalDays = 28;
    public const int MaxPercent = 100;

    private ActivityTarget() { } // EF Core

    private ActivityTarget(Guid patientId) => PatientId = patientId;

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid PatientId { get; private init; }
    public int BaselineMinutes { get; private set; }
    public IncrementKind IncrementKind { get; private set; }
    public int Increment { get; private set; }
    public int StepIntervalDays { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public int CurrentMinutes { get; private set; }
    public DateOnly LevelSince { get; private set; }
    public Guid SetByUserId { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public static ActivityTarget For(Guid patientId) => new(patientId);

    /// <summary>(Re)sets the plan; the current level starts again at the baseline on the start date.</summary>
    public void Set(int baselineMinutes, IncrementKind kind, int increment, int stepIntervalDays, DateOnly startsOn, Guid byUserId, DateTimeOffset now)
    {
        var incrementOk = kind == IncrementKind.Percent ? increment is >= 1 and <= MaxPercent : increment is >= 1 and <= 240;
        if (baselineMinutes is < 1 or > DiaryRules.MinutesPerDay || !incrementOk || stepIntervalDays is < 1 or > MaxIntervalDays)
        {
            throw new DomainRuleException(DiaryRules.Target);
        }

        BaselineMinutes = baselineMinutes;
        IncrementKind = kind;
        Increment = increment;
        StepIntervalDays = stepIntervalDays;
        StartsOn = startsOn;
        CurrentMinutes = baselineMinutes;
        LevelSince = startsOn;
        SetByUserId = byUserId;
        UpdatedAt = now;
    }

    /// <summary>The level one step up from <paramref name="minutes"/> (a percentage step is at least one minute).</summary>
    public int StepUp(int minutes)
    {
        var step = IncrementKind == IncrementKind.Minutes
            ? Increment
            : Math.Max(1, (int)Math.Round(minutes * Increment / 100m, MidpointRounding.AwayFromZero));
        return Math.Min(DiaryRules.MinutesPerDay, minutes + step);
    }

    /// <summary>The therapist accepts a proposal: the proposed level holds from <paramref name="today"/>.</summary>
    public void Accept(TargetProposal proposal, DateOnly today, Guid byUserId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        CurrentMinutes = proposal.Minutes;
        LevelSince = today;
        SetByUserId = byUserId;
        UpdatedAt = now;
    }
}
