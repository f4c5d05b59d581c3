namespace Tandem.Domain.Measurement;

/// <summary>
/// One question: the answer values it allows and the score each value counts for in a scale (after reversing or
/// recoding). The scores are a table indexed by value, so scoring does no lookups and allocates nothing.
/// </summary>
public sealed class InstrumentItem
{
    private readonly double[] _scoreByValue;
    private readonly bool[] _allowed;

    public InstrumentItem(string id, IReadOnlyList<int> values, bool scored = true, bool reverse = false,
        IReadOnlyDictionary<int, double>? recode = null, string? loinc = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0 || values.Distinct().Count() != values.Count)
        {
            throw new ArgumentException($"Item '{id}' needs distinct answer values.", nameof(values));
        }

        if (reverse && recode is not null)
        {
            throw new ArgumentException($"Item '{id}' is either reversed or recoded, not both.", nameof(recode));
        }

        Id = id;
        Values = values;
        Scored = scored;
        Reverse = reverse;
        Recode = recode;
        Loinc = loinc;
        Lowest = values.Min();
        Highest = values.Max();
        _scoreByValue = new double[Highest - Lowest + 1];
        _allowed = new bool[Highest - Lowest + 1];
        foreach (var value in values)
        {
            _allowed[value - Lowest] = true;
            _scoreByValue[value - Lowest] = recode is not null
                ? recode.TryGetValue(value, out var score) ? score : throw new ArgumentException($"Item '{id}' has no recode for {value}.", nameof(recode))
                : reverse ? Lowest + Highest - value : value;
        }
    }

    public string Id { get; }

    public IReadOnlyList<int> Values { get; }

    /// <summary>False for a question that is answered but counts in no scale (e.g. PHQ-9's difficulty question).</summary>
    public bool Scored { get; }

    public bool Reverse { get; }

    public IReadOnlyDictionary<int, double>? Recode { get; }

    public string? Loinc { get; }

    public int Lowest { get; }

    public int Highest { get; }

    /// <summary>The lowest and highest score this item can add to a scale.</summary>
    public double LowestScore => Values.Min(ScoreOf);

    public double HighestScore => Values.Max(ScoreOf);

    public bool Allows(int value) => value >= Lowest && value <= Highest && _allowed[value - Lowest];

    public double ScoreOf(int value) => Allows(value)
        ? _scoreByValue[value - Lowest]
        : throw new ArgumentOutOfRangeException(nameof(value), value, $"Item '{Id}' does not allow this answer.");
}
