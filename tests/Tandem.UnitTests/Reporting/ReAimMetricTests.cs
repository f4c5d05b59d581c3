using Tandem.Domain.Reporting;
using Tandem.UnitTests.Measurement;

namespace Tandem.UnitTests.Reporting;

public sealed class ReAimMetricTests
{
    private static readonly DateOnly January = new(2026, 1, 1);

    [Fact]
    public void Feedback_percentiles_are_read_off_the_histogram_by_nearest_rank()
    {
        int[] histogram = [2, 1, 0, 3, 0, 0, 0, 0, 0, 0, 0];

        Assert.Equal(1, FeedbackTimes.Percentile(histogram, 0.5));
        Assert.Equal(3, FeedbackTimes.Percentile(histogram, 0.9));
        Assert.Equal(0, FeedbackTimes.Percentile(histogram, 0.2));
        Assert.Null(FeedbackTimes.Percentile(new int[FeedbackTimes.Buckets], 0.5));
        Assert.Equal((0, 4, 10), (FeedbackTimes.Bucket(-1), FeedbackTimes.Bucket(4), FeedbackTimes.Bucket(14)));
    }

    [Fact]
    public void Totals_add_months_up_and_derive_rates_from_the_sums()
    {
        var a = Month();
        (a.Invited, a.NotStarted, a.Completed, a.StoppedEarly) = (4, 1, 2, 1);
        (a.FeedbackGiven, a.FeedbackOnTime, a.TherapistSeconds, a.PatientsWithTime) = (3, 2, 3600, 2);
        (a.FeedbackDays[0], a.FeedbackDays[1], a.FeedbackDays[3]) = (1, 1, 1);
        var b = Month();
        (b.Invited, b.NotStarted, b.OtherEnding) = (1, 1, 1);
        (b.FeedbackGiven, b.FeedbackOnTime, b.TherapistSeconds, b.PatientsWithTime) = (1, 1, 1800, 1);
        b.FeedbackDays[2] = 1;

        var totals = ReAimTotals.Of([a, b]);

        Assert.Equal((5, 2, 4), (totals.Invited, totals.NotStarted, totals.Ended));
        Assert.Equal(0.6, totals.StartRate);
        Assert.Equal((0.5, 0.25, 0.75), (totals.CompletionRate, totals.DropoutRate, totals.OnTimeRate));
        Assert.Equal((1, 3), (totals.MedianFeedbackDays, totals.P90FeedbackDays));
        Assert.Equal(30.0, totals.MinutesPerPatientMonth);
    }

    [Fact]
    public void Rates_without_a_denominator_are_no_data_rather_than_zero()
    {
        var totals = ReAimTotals.Of([Month()]);

        Assert.Null(totals.StartRate);
        Assert.Null(totals.CompletionRate);
        Assert.Null(totals.OnTimeRate);
        Assert.Null(totals.MedianFeedbackDays);
        Assert.Null(totals.MinutesPerPatientMonth);
        Assert.Null(totals.MeanChange);
        Assert.Null(totals.MeanChangeInterval);
        Assert.True(Month().IsEmpty);
    }

    [Fact]
    public void Each_outcome_counts_its_reliable_change_recovery_and_the_mean_change_with_its_interval()
    {
        // PHQ-like norm: SD 5.7, r 0.84, so a change of 6.32 points or more is reliable; cut-off 10.
        var scale = Instruments.Depression().Scales[0];
        var month = Month();

        TreatmentOutcome.Count(month, scale, 18, 8);   // −10: reliable improvement, from 18 (clinical) to 8: recovered
        TreatmentOutcome.Count(month, scale, 12, 9);   // −3: no reliable change
        TreatmentOutcome.Count(month, scale, 8, 16);   // +8: reliable deterioration
        var totals = ReAimTotals.Of([month]);

        Assert.Equal((3, 1, 1, 1), (totals.Outcomes, month.Improved, month.Recovered, month.Deteriorated));
        Assert.Equal(-5.0 / 3, totals.MeanChange!.Value, 6);
        Assert.Equal(Math.Sqrt(((100 + 9 + 64) - (25.0 / 3)) / 2), totals.ChangeSd!.Value, 6);
        var (low, high) = totals.MeanChangeInterval!.Value;
        Assert.Equal((-5.0 / 3) - (1.96 * totals.ChangeSd!.Value / Math.Sqrt(3)), low, 6);
        Assert.Equal((-5.0 / 3) + (1.96 * totals.ChangeSd!.Value / Math.Sqrt(3)), high, 6);
        Assert.Equal(1.0 / 3, totals.ImprovedRate!.Value, 6);
    }

    [Fact]
    public void A_treatments_outcome_pairs_the_first_and_last_score_within_the_windows_around_it()
    {
        var enrolled = new DateTimeOffset(2026, 1, 10, 9, 0, 0, TimeSpan.Zero);
        var ended = enrolled.AddDays(90);
        (DateTimeOffset, double)[] scores =
        [
            (enrolled.AddDays(-40), 50), (enrolled.AddDays(-10), 40), (enrolled.AddDays(45), 30),
            (ended.AddDays(20), 20), (ended.AddDays(40), 10),
        ];

        Assert.Equal((40, 20), TreatmentOutcome.Pair(scores, enrolled, ended));
        Assert.Null(TreatmentOutcome.Pair([(enrolled, 40)], enrolled, ended));
    }

    private static ReAimMonth Month() => new(January, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "cfs", DateTimeOffset.UnixEpoch);
}
