using Tandem.Domain.Measurement;
using Tandem.Web.Content;
using Tandem.Web.Measurement;

namespace Tandem.IntegrationTests.Content;

/// <summary>The shipped scoring definitions against the published scoring rules, with answers worked out by hand.</summary>
public sealed class ShippedInstrumentScoringTests
{
    private static readonly Lazy<InstrumentLoadResult> Shipped = new(() => InstrumentLoader.Load(Path.Combine(AppContext.BaseDirectory, "content")));

    [Theory]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0 }, 0, Severity.None)]
    [InlineData(new[] { 1, 1, 1, 1, 1, 0, 0, 0, 0 }, 5, Severity.Mild)]
    [InlineData(new[] { 2, 2, 2, 1, 1, 1, 1, 0, 0 }, 10, Severity.Moderate)]
    [InlineData(new[] { 2, 2, 2, 2, 2, 2, 2, 1, 0 }, 15, Severity.ModeratelySevere)]
    [InlineData(new[] { 3, 3, 3, 3, 3, 3, 2, 0, 0 }, 20, Severity.Severe)]
    public void PHQ_9_sums_items_1_to_9_into_the_published_bands(int[] answers, double total, Severity severity)
    {
        var (value, band) = Total("phq-9", Answers(answers, ("10", 3)));

        Assert.Equal((total, severity), (value, band));
    }

    [Theory]
    [InlineData(new[] { 0, 1, 1, 1, 1, 0, 0 }, 4, Severity.None)]
    [InlineData(new[] { 2, 2, 2, 2, 1, 1, 0 }, 10, Severity.Moderate)]
    [InlineData(new[] { 3, 3, 3, 3, 3, 3, 3 }, 21, Severity.Severe)]
    public void GAD_7_sums_its_seven_items_into_the_published_bands(int[] answers, double total, Severity severity) =>
        Assert.Equal((total, severity), Total("gad-7", Answers(answers)));

    [Theory]
    [InlineData(1, 0)]
    [InlineData(3, 100)]
    public void RAND_36_physical_functioning_recodes_1_2_3_to_0_50_100(int answer, double expected) =>
        Assert.Equal(expected, Score("rand-36-pf", Enumerable.Range(3, 10).ToDictionary(i => $"{i}", _ => answer)));

    [Fact]
    public void RAND_36_physical_functioning_is_the_mean_of_the_recoded_items() =>
        Assert.Equal(75, Score("rand-36-pf", Enumerable.Range(3, 10).ToDictionary(i => $"{i}", i => i <= 7 ? 2 : 3)));

    [Theory]
    [InlineData(1, 5, 100)]
    [InlineData(3, 3, 50)]
    [InlineData(5, 1, 0)]
    public void RAND_36_social_functioning_recodes_item_20_downwards_and_item_32_upwards(int item20, int item32, double expected) =>
        Assert.Equal(expected, Score("rand-36-sf", new Dictionary<string, int> { ["20"] = item20, ["32"] = item32 }));

    [Theory]
    [InlineData(new[] { 3, 3, 3, 3, 3, 3, 3, 3, 3, 3 }, 50)]
    [InlineData(new[] { 5, 1, 5, 1, 5, 1, 5, 1, 5, 1 }, 100)]
    [InlineData(new[] { 4, 2, 4, 2, 4, 2, 4, 2, 4, 2 }, 75)]
    public void SUS_counts_odd_items_minus_one_and_even_items_from_five_times_two_and_a_half(int[] answers, double expected) =>
        Assert.Equal(expected, Score("sus", Answers(answers)));

    [Fact]
    public void TSK_reverses_items_4_8_12_and_16()
    {
        Assert.Equal((13 * 1) + (4 * 4), Score("tsk", Answers([.. Enumerable.Repeat(1, 17)])));
        Assert.Equal((13 * 4) + (4 * 1), Score("tsk", Answers([.. Enumerable.Repeat(4, 17)])));
    }

    [Fact]
    public void WSAS_sums_five_items_from_0_to_40() =>
        Assert.Equal((40.0, Severity.ModeratelySevere), Total("wsas", Answers([8, 8, 8, 8, 8])));

    [Fact]
    public void A_PHQ_9_answer_above_0_on_item_9_is_a_risk_answer()
    {
        var phq9 = Instrument("phq-9");

        Assert.Empty(phq9.RisksIn(Answers([3, 3, 3, 3, 3, 3, 3, 3, 0])));
        Assert.Single(phq9.RisksIn(Answers([0, 0, 0, 0, 0, 0, 0, 0, 1])));
    }

    [Fact]
    public void The_CIS_fatigue_chart_draws_the_trial_benchmark_13_2_points_below_the_first_score()
    {
        var fatigue = Instrument("cis").FindScale("fatigue-severity")!;
        var chart = new ScoreChart("c", "CIS", "", fatigue, [(new DateOnly(2026, 1, 5), 48), (new DateOnly(2026, 3, 2), 36)]);

        Assert.Equal(48 - 13.2, chart.BenchmarkValue!.Value, precision: 6);
        Assert.Null(new ScoreChart("p", "PHQ-9", "", Instrument("phq-9").FindScale("total")!, [(new DateOnly(2026, 1, 5), 12)]).BenchmarkValue);
    }

    private static Instrument Instrument(string id) => Shipped.Value.Instruments.Single(i => i.Id == id);

    private static double Score(string id, Dictionary<string, int> answers) => Assert.Single(Instrument(id).Score(answers)).Value;

    private static (double, Severity?) Total(string id, Dictionary<string, int> answers)
    {
        var (scale, value) = Assert.Single(Instrument(id).Score(answers));
        return (value, scale.BandOf(value)?.Severity);
    }

    private static Dictionary<string, int> Answers(int[] values, params (string Item, int Value)[] more) =>
        values.Select((value, index) => ($"{index + 1}", value)).Concat(more).ToDictionary(a => a.Item1, a => a.Item2);
}
