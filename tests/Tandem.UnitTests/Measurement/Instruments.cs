using Tandem.Domain.Measurement;
using Tandem.Domain.Programmes;

namespace Tandem.UnitTests.Measurement;

/// <summary>Small instruments built in code, shaped like the shipped ones, for scoring rules without content files.</summary>
internal static class Instruments
{
    private static readonly LocalizedText Text = new("tekst", "text");

    public static Instrument Build(string id, IReadOnlyList<InstrumentItem> items, Func<IReadOnlyList<(InstrumentItem, int)>, IReadOnlyList<Scale>> scales, IReadOnlyList<RiskRule>? risks = null,
        LicenceStatus licence = LicenceStatus.Free)
    {
        var positioned = items.Select((item, position) => (item, position)).ToList();
        return new Instrument(id, 1, Text, Text, Text, 3, new InstrumentLicence(licence, "holder", "terms"), "source", null,
            items, scales(positioned), risks ?? []);
    }

    /// <summary>Nine items 0–3 summed, one may be left open (prorated), cut-off 10, bands 0/5/10/15/20, norm SD 5.7, r 0.84.</summary>
    public static Instrument Depression() => Build(
        "phq-like",
        [.. Enumerable.Range(1, 9).Select(i => new InstrumentItem($"{i}", [0, 1, 2, 3])), new InstrumentItem("10", [0, 1, 2, 3], scored: false)],
        items => [new Scale("total", Text, [.. items.Take(9)], ScaleMethod.Sum, maxMissing: 1)
        {
            CutOff = 10,
            Bands = [Band(0, Severity.None), Band(5, Severity.Mild), Band(10, Severity.Moderate), Band(15, Severity.ModeratelySevere), Band(20, Severity.Severe)],
            ReliableChange = new ReliableChangeNorm(5.7, 0.84, "test norm"),
        }],
        [new RiskRule("9", 1, "test")]);

    /// <summary>Ten items 1–5: odd items count value − 1, even items 5 − value, summed × 2.5 (the SUS rule).</summary>
    public static Instrument Usability() => Build(
        "sus-like",
        [.. Enumerable.Range(1, 10).Select(i => new InstrumentItem($"{i}", [1, 2, 3, 4, 5],
            recode: i % 2 == 1 ? new Dictionary<int, double> { [1] = 0, [2] = 1, [3] = 2, [4] = 3, [5] = 4 } : new Dictionary<int, double> { [1] = 4, [2] = 3, [3] = 2, [4] = 1, [5] = 0 }))],
        items => [new Scale("total", Text, items, ScaleMethod.Sum, multiply: 2.5, higherIs: Direction.Better)]);

    /// <summary>Three items 1–3 recoded to 0/50/100 and averaged (the RAND-36 functioning rule), higher is better.</summary>
    public static Instrument Functioning() => Build(
        "rand-like",
        [.. Enumerable.Range(1, 3).Select(i => new InstrumentItem($"{i}", [1, 2, 3], recode: new Dictionary<int, double> { [1] = 0, [2] = 50, [3] = 100 }))],
        items => [new Scale("pf", Text, items, ScaleMethod.Mean, maxMissing: 1, higherIs: Direction.Better) { CutOff = 50, ReliableChange = new ReliableChangeNorm(20, 0.9, "test norm") }]);

    public static Dictionary<string, int> Answers(params int[] values) =>
        values.Select((value, index) => (Id: $"{index + 1}", value)).Where(a => a.value >= 0).ToDictionary(a => a.Id, a => a.value);

    private static Band Band(double atLeast, Severity severity) => new(atLeast, severity, Text);
}
