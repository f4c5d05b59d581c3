namespace Tandem.Domain.Treatment;

public enum ModuleStatus
{
    Locked,
    Open,
    Completed,
    Skipped,
}

/// <summary>
/// One place in a patient's plan. <see cref="ModuleId"/> is null while the variant of a variant step
/// (CFS module 5) has not been chosen.
/// </summary>
public sealed class PlannedModule
{
    private PlannedModule() { } // EF Core

    internal PlannedModule(Guid enrolmentId, string stepId, string? moduleId, int position, bool added)
    {
        EnrolmentId = enrolmentId;
        StepId = stepId;
        ModuleId = moduleId;
        Position = position;
        Added = added;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid EnrolmentId { get; private init; }

    /// <summary>The programme step this place comes from (the module id for plain steps).</summary>
    public string StepId { get; private init; } = "";

    public string? ModuleId { get; internal set; }
    public int Position { get; internal set; }
    public ModuleStatus Status { get; internal set; } = ModuleStatus.Locked;

    /// <summary>Hidden modules are not shown to the patient and do not count for progress.</summary>
    public bool Hidden { get; internal set; }

    /// <summary>Added by the therapist beyond the protocol or the intake selection.</summary>
    public bool Added { get; private init; }

    public DateTimeOffset? OpenedAt { get; internal set; }
    public DateTimeOffset? CompletedAt { get; internal set; }

    /// <summary>The page the patient last opened, to resume there.</summary>
    public string? LastPageId { get; private set; }

    public bool IsResolved => ModuleId is not null;

    /// <summary>In the patient's path: not hidden and not skipped.</summary>
    public bool IsInPath => !Hidden && Status != ModuleStatus.Skipped;

    public void Visit(string pageId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pageId);
        LastPageId = pageId;
    }

    internal void Open(DateTimeOffset now)
    {
        Status = ModuleStatus.Open;
        OpenedAt = now;
    }
}
