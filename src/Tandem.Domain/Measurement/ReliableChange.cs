namespace Tandem.Domain.Measurement;

/// <summary>
/// The norm data of a scale for the reliable change index (Jacobson &amp; Truax, 1991): the standard deviation and
/// reliability from the instrument's norm study, with that study as the source.
/// </summary>
public sealed record ReliableChangeNorm
{
    public ReliableChangeNorm(double sd, double reliability, string source)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sd);
        if (reliability is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(reliability), reliability, "Reliability lies between 0 and 1.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        Sd = sd;
        Reliability = reliability;
        Source = source;
    }

    public double Sd { get; }

    public double Reliability { get; }

    public string Source { get; }

    /// <summary>S_diff = √2 × SD × √(1 − r): the spread of a difference between two measurements from error alone.</summary>
    public double StandardErrorOfDifference => Math.Sqrt(2) * Sd * Math.Sqrt(1 - Reliability);

    /// <summary>The smallest change that is reliable: |RCI| above 1.96, in score points.</summary>
    public double ReliableChangeThreshold => Change.ReliableIndex * StandardErrorOfDifference;
}

public enum ChangeCategory
{
    ReliableImprovement,
    NoReliableChange,
    ReliableDeterioration,
}

/// <summary>
/// The change between two scores of one scale. Service definitions, stated wherever a change is shown:
/// reliable improvement or deterioration is a change beyond 1.96 × S_diff in the better or worse direction;
/// recovery (clinically significant improvement) is reliable improvement from inside the clinical range at the
/// first measurement to outside it at the second.
/// </summary>
public sealed record Change(double Before, double After, double Index, ChangeCategory Category, bool Recovered)
{
    /// <summary>|RCI| above this is reliable change (p &lt; .05, two-sided).</summary>
    public const double ReliableIndex = 1.96;

    public double Difference => After - Before;

    public static Change Between(Scale scale, ReliableChangeNorm norm, double before, double after)
    {
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(norm);
        var index = (after - before) / norm.StandardErrorOfDifference;
        var better = scale.HigherIs == Direction.Better ? index : -index;
        var category = better > ReliableIndex ? ChangeCategory.ReliableImprovement
            : better < -ReliableIndex ? ChangeCategory.ReliableDeterioration
            : ChangeCategory.NoReliableChange;
        var recovered = category == ChangeCategory.ReliableImprovement && scale.InClinicalRange(before) && !scale.InClinicalRange(after);
        return new Change(before, after, index, category, recovered);
    }
}
