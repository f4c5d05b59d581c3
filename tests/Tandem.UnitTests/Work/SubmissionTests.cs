using Tandem.Domain;
using Tandem.Domain.Guidance;
using Tandem.Domain.Work;
using static Tandem.UnitTests.Work.WorkContent;

namespace Tandem.UnitTests.Work;

public sealed class SubmissionTests
{
    private static readonly Guid Patient = Guid.NewGuid();
    private static readonly Answers Complete = Answers(("name", ["Anna"]), ("tired", ["6"]));

    [Fact]
    public void Sending_needs_the_required_answers_and_at_least_one_goal()
    {
        var errors = Submission.Check(Module, Moment, _ => Tandem.Domain.Work.Answers.None, []);

        Assert.Equal([("week", "name"), ("goals", null)], errors.Select(e => (e.BlockId, e.FieldId)));
        Assert.Throws<DomainRuleException>(() => Submission.Send(Patient, Module, Moment, _ => Tandem.Domain.Work.Answers.None, [], null, null, Now));
    }

    [Fact]
    public void The_snapshot_keeps_the_work_as_it_was_when_sent()
    {
        var goals = Goal.Set(Patient, [], ["Walk"], 3, "m1", Now).Added;

        var submission = Submission.Send(Patient, Module, Moment, _ => Complete, goals, "  Hello  ", null, Now);
        Goal.Set(Patient, goals, ["Run"], 3, "m1", Now.AddDays(1));

        var snapshot = submission.Snapshot;
        Assert.Equal("6", Assert.Single(snapshot.Exercises).Answers.First("tired"));
        Assert.Equal("Walk", Assert.Single(snapshot.Goals).Text);
        Assert.Equal("Hello", submission.Message);
        Assert.True(submission.AwaitsFeedback);
    }

    [Fact]
    public void The_same_moment_cannot_be_sent_again_while_it_awaits_feedback()
    {
        var goals = Goal.Set(Patient, [], ["Walk"], 3, "m1", Now).Added;
        var first = Submission.Send(Patient, Module, Moment, _ => Complete, goals, null, null, Now);

        Assert.Equal(WorkRules.AwaitingFeedback, Assert.Throws<DomainRuleException>(() => Submission.Send(Patient, Module, Moment, _ => Complete, goals, null, first, Now)).Rule);

        first.GiveFeedback("Well done", Guid.NewGuid(), needsApproval: false, Now.AddDays(1));
        Assert.NotNull(Submission.Send(Patient, Module, Moment, _ => Complete, goals, null, first, Now.AddDays(2)));
    }

    [Fact]
    public void Feedback_is_required_given_once_and_seen_once()
    {
        var submission = Submission.Send(Patient, Module, Moment, _ => Complete, Goal.Set(Patient, [], ["Walk"], 3, "m1", Now).Added, null, null, Now);
        var therapist = Guid.NewGuid();

        Assert.Equal(WorkRules.FeedbackRequired, Assert.Throws<DomainRuleException>(() => submission.GiveFeedback("  ", therapist, needsApproval: false, Now)).Rule);
        Assert.Throws<DomainRuleException>(() => submission.GiveFeedback(new string('x', Submission.MaxFeedbackLength + 1), therapist, needsApproval: false, Now));
        submission.GiveFeedback("Good start.", therapist, needsApproval: false, Now.AddDays(1));
        Assert.True(submission.HasUnseenFeedback);
        Assert.Equal(WorkRules.FeedbackGiven, Assert.Throws<DomainRuleException>(() => submission.GiveFeedback("Again", therapist, needsApproval: false, Now)).Rule);

        submission.MarkSeen(Now.AddDays(2));
        submission.MarkSeen(Now.AddDays(3));

        Assert.Equal(Now.AddDays(2), submission.SeenByPatientAt);
        Assert.False(submission.HasUnseenFeedback);
    }

    [Fact]
    public void Feedback_that_needs_approval_stays_hidden_until_approved_and_a_return_gives_the_text_back_and_reopens_the_work()
    {
        var goals = Goal.Set(Patient, [], ["Walk"], 3, "m1", Now).Added;
        var submission = Submission.Send(Patient, Module, Moment, _ => Complete, goals, null, null, Now);
        var (trainee, supervisor) = (Guid.NewGuid(), Guid.NewGuid());

        submission.GiveFeedback("Good start.", trainee, needsApproval: true, Now);
        Assert.True(submission.AwaitsApproval);
        Assert.False(submission.FeedbackReleased);
        Assert.False(submission.HasUnseenFeedback);
        Assert.Equal(WorkRules.AwaitingFeedback, Assert.Throws<DomainRuleException>(() => Submission.Send(Patient, Module, Moment, _ => Complete, goals, null, submission, Now)).Rule);

        Assert.Equal(GuidanceRules.ReturnNote, Assert.Throws<DomainRuleException>(() => submission.Return(" ")).Rule);
        Assert.Equal("Good start.", submission.Return("Name the walk."));
        Assert.True(submission.AwaitsFeedback);
        Assert.Equal("Name the walk.", submission.ReviewNote);
        Assert.Equal(GuidanceRules.NotAwaitingApproval, Assert.Throws<DomainRuleException>(() => submission.Approve(supervisor, null, Now)).Rule);

        submission.GiveFeedback("Good start: the walk on Sunday.", trainee, needsApproval: true, Now.AddHours(1));
        var version = submission.Version;
        submission.Approve(supervisor, "Good start, the walk on Sunday!", Now.AddHours(2));
        Assert.Equal(("Good start, the walk on Sunday!", supervisor, Now.AddHours(2)), (submission.Feedback, submission.ApprovedByUserId, submission.FeedbackReleasedAt));
        Assert.Null(submission.ReviewNote);
        Assert.True(submission.HasUnseenFeedback);
        Assert.True(submission.Version > version);
    }

    [Fact]
    public void Feedback_with_an_unfilled_placeholder_or_a_template_gap_is_refused()
    {
        var submission = Submission.Send(Patient, Module, Moment, _ => Complete, Goal.Set(Patient, [], ["Walk"], 3, "m1", Now).Added, null, null, Now);

        Assert.Equal(GuidanceRules.Gaps, Assert.Throws<DomainRuleException>(() => submission.GiveFeedback("Dear Anna, … [name an example]", Guid.NewGuid(), false, Now)).Rule);
        Assert.Equal(GuidanceRules.Placeholders, Assert.Throws<DomainRuleException>(() => submission.GiveFeedback("Your goal {goal} is clear.", Guid.NewGuid(), false, Now)).Rule);
        submission.GiveFeedback("Braces {like this} are just text.", Guid.NewGuid(), false, Now);
    }

    [Fact]
    public void A_rate_block_in_a_moment_needs_every_goal_rated_in_that_module()
    {
        var module = Module with { Pages = [new Tandem.Domain.Programmes.Page("p", new("t", "t"), [RateGoals])] };
        var moment = Moment with { Includes = ["rate"] };
        var goals = Goal.Set(Patient, [], ["Walk", "Read"], 3, "m0", Now).Added;
        goals[0].Rate(5, "m1", Now);

        Assert.Equal(WorkRules.GoalNotRated, Assert.Single(Submission.Check(module, moment, _ => Tandem.Domain.Work.Answers.None, goals)).Rule);
        goals[1].Rate(2, "m1", Now);
        Assert.Empty(Submission.Check(module, moment, _ => Tandem.Domain.Work.Answers.None, goals));
    }
}
