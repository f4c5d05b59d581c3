using Tandem.Domain;
using Tandem.Domain.Work;
using static Tandem.UnitTests.Work.WorkContent;

namespace Tandem.UnitTests.Work;

public sealed class GoalTests
{
    private static readonly Guid Patient = Guid.NewGuid();

    [Fact]
    public void Setting_goals_adds_rewrites_and_removes_by_position()
    {
        var (first, _) = Goal.Set(Patient, [], ["Walk", "Read", ""], 3, "m1", Now);
        Assert.Equal(["Walk", "Read"], first.Select(g => g.Text));

        var (added, removed) = Goal.Set(Patient, first, ["Walk to the park", ""], 3, "m1", Now.AddDays(1));

        Assert.Empty(added);
        Assert.Equal("Read", Assert.Single(removed).Text);
        Assert.Equal("Walk to the park", first[0].Text);
        Assert.Equal(Now.AddDays(1), first[0].UpdatedAt);
    }

    [Fact]
    public void No_more_goals_than_the_block_allows_and_none_too_long()
    {
        Assert.Equal(WorkRules.TooManyGoals, Assert.Throws<DomainRuleException>(() => Goal.Set(Patient, [], ["a", "b", "c", "d"], 3, "m1", Now)).Rule);
        Assert.Equal(WorkRules.GoalText, Assert.Throws<DomainRuleException>(() => Goal.Set(Patient, [], [new string('x', 301)], 3, "m1", Now)).Rule);
    }

    [Fact]
    public void Ratings_are_kept_per_module_and_a_new_rating_in_the_same_module_replaces_it()
    {
        var goal = Goal.Set(Patient, [], ["Walk"], 3, "m1", Now).Added[0];

        goal.Rate(3, "m6", Now);
        goal.Rate(4, "m6", Now.AddHours(1));
        goal.Rate(8, "m7", Now.AddDays(30));

        Assert.Equal([4, 8], goal.Ratings.Select(r => r.Score));
        Assert.Equal(8, goal.Latest!.Score);
        Assert.Equal(4, goal.RatingIn("m6")!.Score);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void A_rating_is_from_0_to_10(int score)
    {
        var goal = Goal.Set(Patient, [], ["Walk"], 3, "m1", Now).Added[0];

        Assert.Equal(WorkRules.Score, Assert.Throws<DomainRuleException>(() => goal.Rate(score, "m6", Now)).Rule);
    }
}
