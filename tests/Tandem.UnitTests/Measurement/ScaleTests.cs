using Tandem.Domain.Measurement;
using static Tandem.UnitTests.Measurement.Instruments;

namespace Tandem.UnitTests.Measurement;

public sealed class ScaleTests
{
    [Fact]
    public void A_sum_scale_adds_the_item_values_and_finds_its_band()
    {
        var instrument = Depression();
        var (scale, value) = Assert.Single(instrument.Score(Answers(1, 2, 3, 0, 1, 2, 1, 0, 1)));

        Assert.Equal(11, value);
        Assert.Equal(Severity.Moderate, scale.BandOf(value)?.Severity);
        Assert.True(scale.InClinicalRange(value));
        Assert.Equal((0, 27), (scale.Lowest, scale.Highest));
    }

    [Fact]
    public void One_open_item_is_prorated_and_two_leave_the_scale_unscored()
    {
        var instrument = Depression();

        Assert.Equal(9.0, Assert.Single(instrument.Score(Answers(1, 1, 1, 1, 1, 1, 1, 1, -1))).Value);
        Assert.Empty(instrument.Score(Answers(1, 1, 1, 1, 1, 1, 1, -1, -1)));
    }

    [Fact]
    public void Usability_recodes_odd_and_even_items_and_multiplies_the_sum()
    {
        var instrument = Usability();

        Assert.Equal(100, Assert.Single(instrument.Score(Answers(5, 1, 5, 1, 5, 1, 5, 1, 5, 1))).Value);
        Assert.Equal(50, Assert.Single(instrument.Score(Answers(3, 3, 3, 3, 3, 3, 3, 3, 3, 3))).Value);
        Assert.Equal((0, 100), (instrument.Scales[0].Lowest, instrument.Scales[0].Highest));
    }

    [Fact]
    public void A_mean_scale_averages_the_recoded_items_it_has()
    {
        var instrument = Functioning();

        Assert.Equal(50, Assert.Single(instrument.Score(Answers(1, 2, 3))).Value);
        Assert.Equal(75, Assert.Single(instrument.Score(Answers(2, 3, -1))).Value);
    }

    [Fact]
    public void A_reversed_item_counts_from_the_other_end()
    {
        var item = new InstrumentItem("4", [1, 2, 3, 4], reverse: true);

        Assert.Equal([4.0, 3, 2, 1], [.. item.Values.Select(item.ScoreOf)]);
        Assert.Throws<ArgumentOutOfRangeException>(() => item.ScoreOf(5));
    }

    [Fact]
    public void Scoring_an_answer_vector_allocates_nothing()
    {
        var scale = Depression().Scales[0];
        int?[] answers = [1, 2, 3, 0, 1, 2, 1, 0, 1, 0];
        scale.Score(answers);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var value = scale.Score(answers);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(11, value);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void A_risk_answer_is_found_at_its_threshold()
    {
        var instrument = Depression();

        Assert.Empty(instrument.RisksIn(Answers(3, 3, 3, 3, 3, 3, 3, 3, 0)));
        Assert.Equal("9", Assert.Single(instrument.RisksIn(Answers(0, 0, 0, 0, 0, 0, 0, 0, 1))).ItemId);
    }
}
