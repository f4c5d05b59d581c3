namespace Tandem.Domain.Reporting;

/// <summary>
/// How long feedback took, in working days from the day the work was sent to the day the feedback reached the patient,
/// kept as a histogram so months add up; percentiles are read off it at whole-day resolution.
/// </summary>
public static class FeedbackTimes
{
    /// <summary>0–9 working days, and a last bucket for 10 or more.</summary>
    public const int Buckets = 11;

    public static int Bucket(int workingDays) => Math.Clamp(workingDays, 0, Buckets - 1);

    /// <summary>
    /// The smallest number of working days within which at least <paramref name="fraction"/> of the feedback came (the
    /// nearest-rank percentile); null without feedback. A result of <see cref="Buckets"/> − 1 means "that many or more".
    /// </summary>
    public static int? Percentile(IReadOnlyList<int> histogram, double fraction)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fraction);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fraction, 1);
        var total = histogram.Sum();
        if (total == 0)
        {
            return null;
        }

        var rank = (int)Math.Ceiling(fraction * total);
        var seen = 0;
        for (var days = 0; days < histogram.Count; days++)
        {
            seen += histogram[days];
            if (seen >= rank)
            {
                return days;
            }
        }

        return histogram.Count - 1;
    }
}
