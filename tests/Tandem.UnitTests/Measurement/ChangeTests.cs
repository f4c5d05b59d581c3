using Tandem.Domain.Measurement;
using static Tandem.UnitTests.Measurement.Instruments;

namespace Tandem.UnitTests.Measurement;

public sealed class ChangeTests
{
    // S_diff = √2 × 5.7 × √(1 − 0.84) = 3.2244…; reliable change needs more than 1.96 × 3.2244 = 6.32 points.
    [Fact]
    public void The_standard_error_of_the_difference_follows_Jacobson_and_Truax()
    {
        var norm = new ReliableChangeNorm(5.7, 0.84, "test");

        Assert.Equal(3.2244, norm.StandardErrorOfDifference, 4);
        Assert.Equal(6.32, norm.ReliableChangeThreshold, 2);
    }

    [Theory]
    [InlineData(18, 11, ChangeCategory.ReliableImprovement, false)]
    [InlineData(18, 8, ChangeCategory.ReliableImprovement, true)]
    [InlineData(12, 7, ChangeCategory.NoReliableChange, false)]
    [InlineData(5, 12, ChangeCategory.ReliableDeterioration, false)]
    public void A_lower_score_is_improvement_on_a_scale_where_higher_is_worse(double before, double after, ChangeCategory category, bool recovered)
    {
        var change = Depression().Scales[0].ChangeBetween(before, after)!;

        Assert.Equal((category, recovered), (change.Category, change.Recovered));
        Assert.Equal(after - before, change.Difference);
    }

    [Fact]
    public void A_higher_score_is_improvement_on_a_scale_where_higher_is_better()
    {
        var scale = Functioning().Scales[0];

        Assert.Equal(ChangeCategory.ReliableImprovement, scale.ChangeBetween(30, 60)!.Category);
        Assert.True(scale.ChangeBetween(30, 60)!.Recovered);
        Assert.Equal(ChangeCategory.ReliableDeterioration, scale.ChangeBetween(60, 30)!.Category);
    }

    [Fact]
    public void A_scale_without_norm_data_gives_no_change_statistic() =>
        Assert.Null(Usability().Scales[0].ChangeBetween(40, 80));
}
