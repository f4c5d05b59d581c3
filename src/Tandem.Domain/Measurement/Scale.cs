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
    private readonly int[] _positions;

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
        _positions = [.. items.Select(i => i.Position)];
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
        for (var i = 0; i < _positions.Length; i++)
        {
            if (answers[_positions[i]] is { } value)
            {
                sum += _items[i].ScoreOf(value);
                answered++;
            }
        }

        if (_positions.Length - answered > MaxMissing)
        {
            return null;
        }

        return Method == ScaleMethod.Mean ? sum / answered * Multiply : sum * _positions.Length / answered * Multiply;
    }

    public Band? BandOf(double score) => Bands.LastOrDefault(b => score >= b.AtLeast);

    public bool InClinicalRange(double score) => CutOff is { } cutOff && (HigherIs == Direction.Worse ? score >= cutOff : score <= cutOff);

    /// <summary>How the score changed from <paramref name="before"/> to <paramref name="after"/>, when the scale has norm data.</summary>
    public Change? ChangeBetween(double before, double after) => ReliableChange is { } norm ? Change.Between(this, norm, before, after) : null;

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
