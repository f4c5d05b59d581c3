namespace Tandem.Domain.Programmes;

public enum Selection
{
    /// <summary>Every module, in order.</summary>
    Sequential,

    /// <summary>The steps are a catalogue; the therapist picks modules, guided by the intake profile flags.</summary>
    Tailored,
}

/// <summary>A treatment programme as loaded and validated from its content folder.</summary>
public sealed record Programme(
    string Id,
    int Version,
    LocalizedText Title,
    LocalizedText Summary,
    Selection Selection,
    IReadOnlyList<ProgrammeStep> Steps,
    IReadOnlyList<ProgrammeParameter> Parameters,
    IReadOnlyList<ProfileFlag> ProfileFlags,
    LocalizedText? ProfileFlagsNote,
    IReadOnlyList<Module> Modules)
{
    /// <summary>The measurement schedule (programme.yaml <c>measurement:</c>); empty when the programme has none.</summary>
    public IReadOnlyList<Measurement.MeasurementOccasion> Measurement { get; init; } = [];

    /// <summary>The step-up criteria at the end of treatment, if the programme has stepped care.</summary>
    public Measurement.SteppedCareCriteria? SteppedCare { get; init; }

    public Module? FindModule(string id) => Modules.FirstOrDefault(m => m.Id == id);
}

/// <summary>A clinical number the sources leave uncertain, configurable, with where its default comes from.</summary>
public sealed record ProgrammeParameter(string Id, decimal Value, string Unit, string Source);

/// <summary>An intake profile flag that modules of a tailored programme may be recommended for.</summary>
public sealed record ProfileFlag(string Id, LocalizedText Label, LocalizedText Description)
{
    /// <summary>The reserved flag of a module proposed for every patient.</summary>
    public const string Always = "always";
}
