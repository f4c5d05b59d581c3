using Tandem.Domain;
using Tandem.Domain.Diaries;

namespace Tandem.UnitTests.Diaries;

public sealed class GradedTargetTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Start = new(2026, 11, 2);

    private static ActivityTarget Target(int baseline = 20, IncrementKind kind = IncrementKind.Minutes, int increment = 5, int interval = 7)
    {
        var target = ActivityTarget.For(Guid.NewGuid());
        target.Set(baseline, kind, increment, interval, Start, Guid.NewGuid(), Now);
        return target;
    }

    private static IEnumerable<(DateOnly, int)> Week(DateOnly from, params int[] minutes) =>
        minutes.Select((m, i) => (from.AddDays(i), m));

    [Fact]
    public void No_proposal_before_a_level_has_been_kept_for_a_full_interval()
    {
        var target = Target();
        Assert.Null(new GradedTarget().Propose(target, Week(Start, 30, 30, 30, 30, 30, 30), Start.AddDays(6)));
    }

    [Fact]
    public void A_good_week_proposes_one_step_up()
    {
        var proposal = new GradedTarget().Propose(Target(), Week(Start, 20, 25, 0, 20, 22, 0, 20), Start.AddDays(7));
        Assert.Equal(new TargetProposal(25, StepsUp: true, DaysMet: 5, DaysCounted: 7, DaysRequired: 5), proposal);
    }

    [Fact]
    public void A_poor_week_keeps_the_level_and_never_goes_down()
    {
        var proposal = new GradedTarget().Propose(Target(), Week(Start, 20, 19, 0, 20, 22, 0, 5), Start.AddDays(7));
        Assert.Equal(new TargetProposal(20, StepsUp: false, DaysMet: 3, DaysCounted: 7, DaysRequired: 5), proposal);
    }

    [Fact]
    public void Days_outside_the_last_interval_do_not_count()
    {
        // A good first week, then nothing: two weeks in, only the last week counts.
        var proposal = new GradedTarget().Propose(Target(), Week(Start, 30, 30, 30, 30, 30, 30, 30), Start.AddDays(14));
        Assert.False(proposal!.StepsUp);
        Assert.Equal(0, proposal.DaysMet);
    }

    [Fact]
    public void A_percentage_step_is_rounded_and_at_least_one_minute()
    {
        Assert.Equal(33, Target(30, IncrementKind.Percent, 10).StepUp(30));
        Assert.Equal(6, Target(5, IncrementKind.Percent, 10).StepUp(5));
        Assert.Equal(1440, Target(1440, IncrementKind.Minutes, 5).StepUp(1440));
    }

    [Fact]
    public void The_required_days_scale_with_the_interval_and_the_setting()
    {
        Assert.Equal(5, new GradedTarget().RequiredDays(7));
        Assert.Equal(20, new GradedTarget().RequiredDays(28));
        Assert.Equal(7, new GradedTarget(7).RequiredDays(7));
        Assert.Throws<ArgumentOutOfRangeException>(() => new GradedTarget(0));
    }

    [Fact]
    public void Accepting_a_proposal_starts_the_new_level_today()
    {
        var target = Target();
        var today = Start.AddDays(7);
        var proposal = new GradedTarget().Propose(target, Week(Start, 20, 20, 20, 20, 20, 0, 0), today)!;
        target.Accept(proposal, today, Guid.NewGuid(), Now);
        Assert.Equal((25, today), (target.CurrentMinutes, target.LevelSince));
        Assert.Null(new GradedTarget().Propose(target, [], today.AddDays(3)));
    }

    [Theory]
    [InlineData(0, IncrementKind.Minutes, 5, 7)]
    [InlineData(20, IncrementKind.Percent, 101, 7)]
    [InlineData(20, IncrementKind.Minutes, 0, 7)]
    [InlineData(20, IncrementKind.Minutes, 5, 0)]
    [InlineData(20, IncrementKind.Minutes, 5, 29)]
    public void Target_values_out_of_range_are_refused(int baseline, IncrementKind kind, int increment, int interval)
    {
        var error = Assert.Throws<DomainRuleException>(() => ActivityTarget.For(Guid.NewGuid()).Set(baseline, kind, increment, interval, Start, Guid.NewGuid(), Now));
        Assert.Equal(DiaryRules.Target, error.Rule);
    }
}
