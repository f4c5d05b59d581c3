namespace Tandem.Domain.Measurement;

public enum OccasionAnchor
{
    /// <summary>The day the treatment starts (<c>at: start</c>).</summary>
    Start,

    /// <summary>The day a module of the plan is completed (<c>after-module</c>).</summary>
    AfterModule,

    /// <summary>The day treatment ends: the last module in the path completed, or the enrolment ended (<c>at: end</c>).</summary>
    End,
}

/// <summary>
/// One occasion of a programme's measurement schedule (programme.yaml <c>measurement:</c>): which instruments are asked,
/// from which day (its anchor plus whole months) and for how many days.
/// </summary>
public sealed record MeasurementOccasion(
    string Id, OccasionAnchor Anchor, string? AfterModule, int PlusMonths, IReadOnlyList<string> Instruments, int WindowDays)
{
    public const int MaxWindowDays = 90;
    public const int MaxPlusMonths = 24;
}
