using Tandem.Domain.Programmes;

namespace Tandem.Domain.Measurement;

/// <summary>
/// A score computed from some of an instrument's items: their sum or mean, times a factor, with an optional number of
/// items that may be left open (a sum is then prorated). It knows its range, direction, severity bands, clinical
/// cut-off and the norm data for the reliable change index.
/// </summary>
public sealed class Scale
{
    private readonly InstrumentItem[] _items;

    // Scoring reads one entry per item and one score from a table shared by all items (NaN = not an answer of the
    // item), so a score is a handful of array reads with no calls or allocations.
    private readonly Entry[] _entries;
    private readonly double[] _scores;
    private readonly double _complete; // the factor of a fully answered scale: no division on the common path

    public Scale(string id, LocalizedText name, IReadOnlyList<(InstrumentItem Item, int Position)> items, ScaleMethod method,
        double multiply = 1, int maxMissing = 0, Direction higherIs = Direction.Worse)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0 || items.Any(i => !i.Item.Scored))
        {
            throw new ArgumentException($"Scale '{id}' needs one or more scored items.", nameof(items));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(maxMissing);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(maxMissing, items.Count);
        Id = id;
        Name = name;
        Method = method;
        Multiply = multiply;
        MaxMissing = maxMissing;
        HigherIs = higherIs;
        _items = [.. items.Select(i => i.Item)];
        _entries = new Entry[items.Count];
        var table = new List<double>();
        for (var i = 0; i < items.Count; i++)
        {
            var (item, position) = items[i];
            _entries[i] = new Entry(position, item.Lowest, item.Highest - item.Lowest + 1, table.Count);
            table.AddRange(Enumerable.Range(item.Lowest, item.Highest - item.Lowest + 1).Select(v => item.Allows(v) ? item.ScoreOf(v) : double.NaN));
        }

        _scores = [.. table];
        _complete = Method == ScaleMethod.Mean ? multiply / items.Count : multiply;
        Lowest = Combine(_items.Sum(i => i.LowestScore));
        Highest = Combine(_items.Sum(i => i.HighestScore));
        if (Lowest > Highest)
        {
            (Lowest, Highest) = (Highest, Lowest);
        }
    }

    public string Id { get; }

    public LocalizedText Name { get; }

    public ScaleMethod Method { get; }

    public double Multiply { get; }

    public int MaxMissing { get; }

    public Direction HigherIs { get; }

    public IReadOnlyList<InstrumentItem> Items => _items;

    /// <summary>The lowest and highest possible score, derived from the items.</summary>
    public double Lowest { get; }

    public double Highest { get; }

    public string? Loinc { get; init; }

    /// <summary>Severity bands from the lowest score up; each runs to the next band's <see cref="Band.AtLeast"/>.</summary>
    public IReadOnlyList<Band> Bands { get; init; } = [];

    /// <summary>At or beyond this score, in the worse direction, a score is in the clinical range.</summary>
    public double? CutOff { get; init; }

    public ReliableChangeNorm? ReliableChange { get; init; }

    public Benchmark? Benchmark { get; init; }

    /// <summary>
    /// The score of an answer vector in instrument item order (null = not answered), or null when more items are open
    /// than <see cref="MaxMissing"/> allows. Allocates nothing.
    /// </summary>
    public double? Score(ReadOnlySpan<int?> answers)
    {
        double sum = 0;
        var answered = 0;
        foreach (var entry in _entries)
        {
            if (answers[entry.Position] is not { } value)
            {
                continue;
            }

            var index = value - entry.Lowest;
            var score = (uint)index < (uint)entry.Count ? _scores[entry.Offset + index] : double.NaN;
            if (double.IsNaN(score))
            {
                throw new ArgumentOutOfRangeException(nameof(answers), value, "An answer is not a value of its item.");
            }

            sum += score;
            answered++;
        }

        if (answered == _entries.Length)
        {
            return sum * _complete;
        }

        if (_entries.Length - answered > MaxMissing)
        {
            return null;
        }

        return Method == ScaleMethod.Mean ? sum / answered * Multiply : sum * _entries.Length / answered * Multiply;
    }

    public Band? BandOf(double score) => Bands.LastOrDefault(b => score >= b.AtLeast);

    public bool InClinicalRange(double score) => CutOff is { } cutOff && (HigherIs == Direction.Worse ? score >= cutOff : score <= cutOff);

    /// <summary>How the score changed from <paramref name="before"/> to <paramref name="after"/>, when the scale has norm data.</summary>
    public Change? ChangeBetween(double before, double after) => ReliableChange is { } norm ? Change.Between(this, norm, before, after) : null;

    private readonly record struct Entry(int Position, int Lowest, int Count, int Offset);

    private double Combine(double itemSum) => (Method == ScaleMethod.Mean ? itemSum / _items.Length : itemSum) * Multiply;
}

public enum ScaleMethod
{
    Sum,
    Mean,
}

/// <summary>Whether a higher score means more trouble (PHQ-9) or better functioning (RAND-36).</summary>
public enum Direction
{
    Worse,
    Better,
}

public enum Severity
{
    None,
    Mild,
    Moderate,
    ModeratelySevere,
    Severe,
}

public sealed record Band(double AtLeast, Severity Severity, LocalizedText Label);

/// <summary>The change reached in the trial a programme is based on, shown on charts as a benchmark.</summary>
public sealed record Benchmark(double Change, string Source);
