namespace Tandem.Domain.Treatment;

public enum AdaptationKind
{
    Unlocked,
    Hidden,
    Shown,
    Skipped,
    Moved,
    Added,
    VariantChosen,

    /// <summary>Guidance switched between protocol-driven and on demand (the new mode is the detail; no module).</summary>
    GuidanceChanged,
}

/// <summary>
/// A change the therapist made to a patient's plan: who, when, why. Kept for fidelity reporting
/// (how far delivered care followed the protocol); never changed afterwards.
/// </summary>
public sealed class Adaptation
{
    public const int MaxReasonLength = 1000;

    private Adaptation() { } // EF Core

    internal Adaptation(Guid enrolmentId, AdaptationKind kind, string moduleId, string? detail, string? reason, Guid byUserId, DateTimeOffset at)
    {
        EnrolmentId = enrolmentId;
        Kind = kind;
        ModuleId = moduleId;
        Detail = detail;
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        ByUserId = byUserId;
        At = at;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid EnrolmentId { get; private init; }
    public AdaptationKind Kind { get; private init; }

    /// <summary>The module concerned (for <see cref="AdaptationKind.VariantChosen"/> the chosen variant).</summary>
    public string ModuleId { get; private init; } = "";

    /// <summary>A machine-readable detail, e.g. the new position after a move.</summary>
    public string? Detail { get; private init; }

    public string? Reason { get; private init; }
    public Guid ByUserId { get; private init; }
    public DateTimeOffset At { get; private init; }

    /// <summary>Whether this change departs from the protocol (as opposed to carrying it out).</summary>
    public bool IsDeviation => Kind is AdaptationKind.Hidden or AdaptationKind.Skipped or AdaptationKind.Moved or AdaptationKind.Added;
}
