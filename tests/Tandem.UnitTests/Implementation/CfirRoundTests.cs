using Tandem.Domain;
using Tandem.Domain.Implementation;

namespace Tandem.UnitTests.Implementation;

public sealed class CfirRoundTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static CfirRating Rating(string construct, int? score, string? comment = null)
    {
        var rating = new CfirRating(Guid.NewGuid(), Guid.NewGuid(), construct);
        rating.Rate(score, comment, Now);
        return rating;
    }

    [Fact]
    public void The_profile_counts_each_score_leaves_dont_know_out_of_the_mean_and_sorts_comments()
    {
        var profile = Assert.Single(CfirProfile.Of(["III.C"], [
            Rating("III.C", -2, "No time in the schedule"), Rating("III.C", -1), Rating("III.C", -2), Rating("III.C", null, "Not sure"), Rating("I.A", 2)]));

        Assert.Equal([2, 1, 0, 0, 0], profile.Counts);
        Assert.Equal((1, 3), (profile.DontKnow, profile.Rated));
        Assert.Equal(-5 / 3.0, profile.Mean!.Value, 6);
        Assert.Equal((Verdict.Barrier, false), (profile.Verdict, profile.Disagreement));
        Assert.Equal(["No time in the schedule", "Not sure"], profile.Comments);
    }

    [Theory]
    [InlineData(new[] { -1, 0 }, Verdict.Barrier)] // mean −0.5
    [InlineData(new[] { -1, 0, 0 }, Verdict.Neutral)] // mean −0.33
    [InlineData(new[] { 1, 0 }, Verdict.Facilitator)]
    [InlineData(new int[0], Verdict.Unrated)]
    public void The_verdict_needs_a_mean_of_half_a_point_either_way(int[] scores, Verdict verdict) =>
        Assert.Equal(verdict, CfirProfile.Of(["I.B"], scores.Select(s => Rating("I.B", s))).Single().Verdict);

    [Fact]
    public void Raters_disagree_when_one_sees_a_barrier_and_another_a_facilitator_even_if_the_mean_is_neutral()
    {
        var profile = CfirProfile.Of(["II.A"], [Rating("II.A", -2), Rating("II.A", 2)]).Single();

        Assert.Equal((Verdict.Neutral, true), (profile.Verdict, profile.Disagreement));
    }

    [Fact]
    public void A_round_needs_a_title_a_closing_day_within_a_year_and_constructs()
    {
        static Rule Refused(Action open) => Assert.Throws<DomainRuleException>(open).Rule;

        Assert.Equal(ImplementationRules.RoundTitle, Refused(() => _ = new CfirRound(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), " ", Today, ["I.A"], Now)));
        Assert.Equal(ImplementationRules.RoundCloses, Refused(() => _ = new CfirRound(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Spring", Today.AddDays(-1), ["I.A"], Now)));
        Assert.Equal(ImplementationRules.RoundCloses, Refused(() => _ = new CfirRound(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Spring", Today.AddYears(1).AddDays(1), ["I.A"], Now)));
        Assert.Equal(ImplementationRules.RoundConstructs, Refused(() => _ = new CfirRound(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Spring", Today, [], Now)));
    }

    [Fact]
    public void A_round_is_open_through_its_last_day_or_until_the_lead_closes_it()
    {
        var round = new CfirRound(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Spring", Today, ["I.A", "I.A", "I.B"], Now);
        Assert.Equal(["I.A", "I.B"], round.ConstructIds);
        Assert.True(round.IsOpen(new DateTimeOffset(2026, 11, 27, 22, 59, 59, TimeSpan.Zero))); // 23:59:59 in Amsterdam
        Assert.False(round.IsOpen(new DateTimeOffset(2026, 11, 27, 23, 0, 0, TimeSpan.Zero)));

        round.Close(Now);
        Assert.False(round.IsOpen(Now));
    }

    [Fact]
    public void A_rating_is_from_minus_two_to_two_with_a_comment_of_at_most_1000_characters()
    {
        var rating = new CfirRating(Guid.NewGuid(), Guid.NewGuid(), "I.A");

        Assert.Equal(ImplementationRules.RatingScore, Assert.Throws<DomainRuleException>(() => rating.Rate(3, null, Now)).Rule);
        Assert.Equal(ImplementationRules.RatingComment, Assert.Throws<DomainRuleException>(() => rating.Rate(1, new string('x', 1001), Now)).Rule);
        rating.Rate(1, "  ", Now);
        Assert.Null(rating.Comment);
    }
}
