namespace Tandem.Domain.Treatment;

public enum GuidanceMode
{
    /// <summary>Feedback at the protocol's moments, on the therapist's schedule.</summary>
    ProtocolDriven,

    /// <summary>The patient asks for feedback when they want it.</summary>
    OnDemand,
}

public enum UnlockMode
{
    /// <summary>The therapist opens each module after the first.</summary>
    Therapist,

    /// <summary>A module opens when the previous one is completed or skipped.</summary>
    OnCompletion,

    /// <summary>Module n opens n × interval days after the start date.</summary>
    Schedule,
}

/// <summary>What the intake conversation established; all three are required before a patient is enrolled.</summary>
public sealed record IntakeChecklist(bool ProgrammeExplained, bool FormatDiscussed, bool GoalsAgreed)
{
    public bool IsComplete => ProgrammeExplained && FormatDiscussed && GoalsAgreed;
}

/// <summary>
/// The therapist's choices when enrolling a patient. <see cref="SelectedModules"/> is used for tailored
/// programmes only; <see cref="ProfileFlags"/> records the intake risk profile that informed the selection.
/// </summary>
public sealed record EnrolmentChoices(
    GuidanceMode Guidance,
    UnlockMode Unlock,
    int? ScheduleIntervalDays,
    DateOnly StartsOn,
    IntakeChecklist Intake,
    IReadOnlyList<string> ProfileFlags,
    IReadOnlyList<string> SelectedModules)
{
    public const int MaxScheduleIntervalDays = 60;
}
