namespace Tandem.Domain.Reporting;

/// <summary>
/// Feedback counted by working days from sending to feedback: 0 to 9 days, and 10 or more. One column per count, so a
/// database adds the histograms of many months up in the same pass as the other sums.
/// </summary>
public sealed class FeedbackHistogram
{
    private readonly int[] _days = new int[FeedbackTimes.Buckets];

    public int Day0 { get => _days[0]; set => _days[0] = value; }
    public int Day1 { get => _days[1]; set => _days[1] = value; }
    public int Day2 { get => _days[2]; set => _days[2] = value; }
    public int Day3 { get => _days[3]; set => _days[3] = value; }
    public int Day4 { get => _days[4]; set => _days[4] = value; }
    public int Day5 { get => _days[5]; set => _days[5] = value; }
    public int Day6 { get => _days[6]; set => _days[6] = value; }
    public int Day7 { get => _days[7]; set => _days[7] = value; }
    public int Day8 { get => _days[8]; set => _days[8] = value; }
    public int Day9 { get => _days[9]; set => _days[9] = value; }
    public int Day10OrMore { get => _days[10]; set => _days[10] = value; }

    /// <summary>The count of feedback that took <paramref name="bucket"/> working days (the last bucket: that many or more).</summary>
    public int this[int bucket]
    {
        get => _days[bucket];
        set => _days[bucket] = value;
    }

    public IReadOnlyList<int> Counts => _days;
}
