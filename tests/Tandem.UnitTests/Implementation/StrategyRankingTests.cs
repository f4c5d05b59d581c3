using Tandem.Domain.Implementation;

namespace Tandem.UnitTests.Implementation;

public sealed class StrategyRankingTests
{
    private const string Reflecting = "Reflecting & Evaluating", Adaptability = "Adaptability", PatientNeeds = "Patient Needs & Resources";

    // Waltz et al. 2019, Table 1: the full ranking for "Reflecting & Evaluating" (n = 25), strategy numbers of Powell et al. 2015.
    private static readonly Endorsement[] Table =
    [
        new(Reflecting, 26, 60, EndorsementLevel.One), // Develop and implement tools for quality monitoring
        new(Reflecting, 5, 56, EndorsementLevel.One), // Audit and provide feedback
        new(Reflecting, 27, 40, EndorsementLevel.Two),
        new(Reflecting, 32, 36, EndorsementLevel.Two),
        new(Reflecting, 46, 28, EndorsementLevel.Two),
        new(Reflecting, 48, 28, EndorsementLevel.Two),
        new(Reflecting, 56, 28, EndorsementLevel.Two),
        new(Reflecting, 67, 28, EndorsementLevel.Two),
        new(Reflecting, 7, 24, EndorsementLevel.Two),
        new(Reflecting, 33, 20, EndorsementLevel.Two),
        new(Adaptability, 51, 73, EndorsementLevel.One), // Promote adaptability
        new(Adaptability, 7, 35, EndorsementLevel.Two),
        new(Adaptability, 63, 35, EndorsementLevel.Two),
        new(Adaptability, 33, 27, EndorsementLevel.Two),
        new(PatientNeeds, 41, 71, EndorsementLevel.One),
        new(PatientNeeds, 18, null, EndorsementLevel.One), // level printed, percentage not
        new(PatientNeeds, 46, null, EndorsementLevel.One),
        new(PatientNeeds, 50, 48, EndorsementLevel.Two),
        new(PatientNeeds, 4, null, EndorsementLevel.Two),
        new("Cosmopolitanism", 10, null, EndorsementLevel.OneOrTwo),
    ];

    [Fact]
    public void One_barrier_ranks_its_strategies_as_the_published_table_does_ties_by_strategy_number()
    {
        var ranking = StrategyRanking.Rank([Reflecting], Table);

        Assert.Equal([26, 5, 27, 32, 46, 48, 56, 67, 7, 33], ranking.Select(r => r.StrategyId));
        Assert.Equal((60, 1, 0), (ranking[0].CumulativePercent, ranking[0].Level1, ranking[0].Level2));
    }

    [Fact]
    public void Several_barriers_add_up_each_strategys_percentages_and_count_its_levels()
    {
        var ranking = StrategyRanking.Rank([Reflecting, Adaptability], Table);

        Assert.Equal([51, 26, 7, 5, 33], ranking.Take(5).Select(r => r.StrategyId));
        var shared = ranking.Single(r => r.StrategyId == 7); // Capture and share local knowledge: 24 % + 35 %
        Assert.Equal((59, 0, 2), (shared.CumulativePercent, shared.Level1, shared.Level2));
        Assert.Equal([Adaptability, Reflecting], shared.Because.Select(e => e.Barrier));
    }

    [Fact]
    public void A_pair_without_a_printed_percentage_counts_at_the_lower_bound_of_its_level()
    {
        var ranking = StrategyRanking.Rank([PatientNeeds], Table);

        Assert.Equal([41, 18, 46, 50, 4], ranking.Select(r => r.StrategyId)); // 71, ≥ 50, ≥ 50, 48, ≥ 20
        Assert.Equal((50, true), (ranking[1].CumulativePercent, ranking[1].HasUnprintedPercentages));
        Assert.False(ranking[0].HasUnprintedPercentages);
        Assert.Equal(20, Assert.Single(StrategyRanking.Rank(["Cosmopolitanism"], Table)).CumulativePercent);
    }

    [Fact]
    public void Barriers_without_expert_data_rank_nothing_and_unchosen_barriers_do_not_count()
    {
        Assert.Empty(StrategyRanking.Rank(["Trialability"], Table));
        Assert.DoesNotContain(StrategyRanking.Rank([Adaptability], Table), r => r.StrategyId == 26);
        Assert.Equal(1, Assert.Single(StrategyRanking.Rank(["Cosmopolitanism"], Table)).LevelUnknown);
    }

    [Theory]
    [InlineData(73, EndorsementLevel.One)]
    [InlineData(50, EndorsementLevel.One)]
    [InlineData(49, EndorsementLevel.Two)]
    [InlineData(20, EndorsementLevel.Two)]
    [InlineData(19, null)]
    public void A_printed_percentage_implies_its_level(int percent, EndorsementLevel? level) =>
        Assert.Equal(level, Endorsement.LevelOf(percent));
}
