namespace Tandem.Domain.Programmes;

/// <summary>One place in a programme's order: a single module, or variants of which one is chosen per patient.</summary>
public abstract record ProgrammeStep(string Id)
{
    public abstract IReadOnlyList<string> ModuleIds { get; }
}

public sealed record ModuleStep(string Module) : ProgrammeStep(Module)
{
    public override IReadOnlyList<string> ModuleIds => [Module];
}

/// <summary>A step whose module is chosen by the patient's <see cref="ChooseBy"/> characteristic, matched to a variant's <c>When</c>.</summary>
public sealed record VariantStep(string Id, string ChooseBy, IReadOnlyList<ModuleVariant> Variants) : ProgrammeStep(Id)
{
    public override IReadOnlyList<string> ModuleIds => [.. Variants.Select(v => v.Module)];
}

public sealed record ModuleVariant(string Module, string When);
