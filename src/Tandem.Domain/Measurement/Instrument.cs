using Tandem.Domain.Programmes;

namespace Tandem.Domain.Measurement;

/// <summary>
/// An outcome questionnaire's scoring definition (content/instruments/&lt;id&gt;/instrument.yaml): its items in
/// order, the scales computed from them, the answers that raise a risk alert and its licence. The wording lives
/// in a FHIR Questionnaire, which Tandem.Web checks against this definition.
/// </summary>
public sealed record Instrument(
    string Id,
    int Version,
    LocalizedText Name,
    LocalizedText Title,
    LocalizedText Measures,
    int Minutes,
    InstrumentLicence Licence,
    string Source,
    string? Loinc,
    IReadOnlyList<InstrumentItem> Items,
    IReadOnlyList<Scale> Scales,
    IReadOnlyList<RiskRule> Risks)
{
    private readonly Dictionary<string, int> _positions = Items.Select((item, index) => (item.Id, index)).ToDictionary();

    public Scale? FindScale(string scaleId) => Scales.FirstOrDefault(s => s.Id == scaleId);

    public InstrumentItem? FindItem(string itemId) => _positions.TryGetValue(itemId, out var index) ? Items[index] : null;

    /// <summary>The position of an item in <see cref="Items"/>, which is its place in an answer vector.</summary>
    public int PositionOf(string itemId) => _positions.TryGetValue(itemId, out var index)
        ? index
        : throw new ArgumentException($"Instrument '{Id}' has no item '{itemId}'.", nameof(itemId));

    /// <summary>The answers in item order (null = not answered), the form every scale scores from.</summary>
    public int?[] AnswerVector(IReadOnlyDictionary<string, int> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var vector = new int?[Items.Count];
        foreach (var (itemId, value) in answers)
        {
            vector[PositionOf(itemId)] = value;
        }

        return vector;
    }

    /// <summary>Every scale's score; a scale with too many open items is left out.</summary>
    public IReadOnlyList<(Scale Scale, double Value)> Score(IReadOnlyDictionary<string, int> answers)
    {
        var vector = AnswerVector(answers);
        return [.. Scales.Select(scale => (scale, score: scale.Score(vector))).Where(s => s.score is not null).Select(s => (s.scale, s.score!.Value))];
    }

    /// <summary>The risk rules an answer set meets (e.g. PHQ-9 item 9 above 0).</summary>
    public IReadOnlyList<RiskRule> RisksIn(IReadOnlyDictionary<string, int> answers) =>
        [.. Risks.Where(rule => answers.TryGetValue(rule.ItemId, out var value) && value >= rule.AtLeast)];
}

public enum LicenceStatus
{
    /// <summary>Free use is documented: the item text ships with Tandem.</summary>
    Free,

    /// <summary>Only the scoring ships; an organisation imports the licensed wording before it can be used.</summary>
    Licensed,
}

public sealed record InstrumentLicence(LicenceStatus Status, string Holder, string Terms);

/// <summary>An answer that raises a risk alert at once, with the source of its threshold.</summary>
public sealed record RiskRule(string ItemId, int AtLeast, string Source);
