using Tandem.Domain;
using Tandem.Domain.Programmes;
using Tandem.Domain.Training;

namespace Tandem.UnitTests.Training;

public sealed class TrainingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    private static readonly LocalizedText Words = new("Tekst", "Text");

    private static readonly Course Course = new(
        "ecoach", 2, new ModuleReview(ReviewStatus.Draft, null, null), Words, Words,
        [Lesson("one"), Lesson("two")],
        new CourseSurvey(Words, [new SurveyItem("a", Words), new SurveyItem("b", Words), new SurveyItem("c", Words)]));

    private static Module Lesson(string id) => new(id, 1, new ModuleReview(ReviewStatus.Draft, null, null), Words, Words, 10, [], []);

    [Fact]
    public void A_course_is_completed_only_when_every_lesson_is_done()
    {
        Assert.False(Course.IsCompletedBy([]));
        Assert.False(Course.IsCompletedBy(["one", "one"]));
        Assert.True(Course.IsCompletedBy(["two", "one"]));
        Assert.True(Course.IsCompletedBy(["one", "two", "an-old-lesson"]));
    }

    [Fact]
    public void A_completion_records_the_course_version_and_is_refused_while_a_lesson_is_open()
    {
        var staff = Guid.NewGuid();

        var broken = Assert.Throws<DomainRuleException>(() => CourseCompletion.For(Course, staff, ["one"], Now));
        var completion = CourseCompletion.For(Course, staff, ["one", "two"], Now);

        Assert.Equal(TrainingRules.CourseIncomplete, broken.Rule);
        Assert.Equal((staff, "ecoach", 2, Now), (completion.StaffMemberId, completion.CourseId, completion.CourseVersion, completion.CompletedAt));
    }

    [Fact]
    public void Marking_a_lesson_done_twice_keeps_the_first_moment()
    {
        var progress = new LessonProgress(Guid.NewGuid(), "ecoach", "one");

        progress.MarkDone(Now);
        progress.MarkDone(Now.AddDays(1));

        Assert.Equal(Now, progress.DoneAt);
    }

    [Fact]
    public void A_survey_response_needs_an_agreement_from_1_to_5_for_every_statement()
    {
        var survey = Course.Survey!;

        var (missing, missingAt) = SurveyAnswer.Response(Guid.NewGuid(), null, "ecoach", survey, [5, null, 3]);
        var (outOfRange, outAt) = SurveyAnswer.Response(Guid.NewGuid(), null, "ecoach", survey, [0, 6, 3]);
        var (tooMany, tooManyAt) = SurveyAnswer.Response(Guid.NewGuid(), null, "ecoach", survey, [1, 2, 3, 4]);
        var (answers, none) = SurveyAnswer.Response(Guid.NewGuid(), null, "ecoach", survey, [1, 5, 3]);

        Assert.Empty(missing);
        Assert.Equal([1], missingAt);
        Assert.Empty(outOfRange);
        Assert.Equal([0, 1], outAt);
        Assert.Empty(tooMany);
        Assert.NotEmpty(tooManyAt);
        Assert.Empty(none);
        Assert.Equal(["a", "b", "c"], answers.Select(a => a.ItemId));
        Assert.Equal([1, 5, 3], answers.Select(a => a.Agreement));
        Assert.Single(answers.Select(a => a.ResponseId).Distinct());
    }

    [Fact]
    public void Survey_means_stay_hidden_below_the_minimum_group_size()
    {
        var survey = Course.Survey!;
        var answers = Enumerable.Range(1, 5)
            .SelectMany(n => SurveyAnswer.Response(Guid.Empty, null, "ecoach", survey, [n, 4, 2]).Answers)
            .ToList();

        var hidden = SurveyResults.Of(survey, answers, respondents: 5, minimumGroupSize: 6);
        var shown = SurveyResults.Of(survey, answers, respondents: 5, minimumGroupSize: 5);

        Assert.All(hidden, r => Assert.Null(r.Mean));
        Assert.Equal([3d, 4d, 2d], shown.Select(r => r.Mean!.Value));
    }

    [Fact]
    public void An_assignment_is_due_from_today_up_to_a_year_ahead_or_not_at_all()
    {
        var today = ClinicCalendar.DateOf(Now);

        Assert.Null(new TrainingAssignment(Guid.NewGuid(), Guid.NewGuid(), "ecoach", Guid.NewGuid(), null, Now).DueOn);
        var assignment = new TrainingAssignment(Guid.NewGuid(), Guid.NewGuid(), "ecoach", Guid.NewGuid(), today, Now);
        Assert.True(assignment.IsOverdue(today.AddDays(1)));
        assignment.Reassign(Guid.NewGuid(), today.AddDays(7), Now);
        Assert.Equal(today.AddDays(7), assignment.DueOn);
        Assert.Null(assignment.NoticeSentAt); // a new due date is noticed again
        foreach (var due in new[] { today.AddDays(-1), today.AddYears(1).AddDays(1) })
        {
            var broken = Assert.Throws<DomainRuleException>(() => assignment.Reassign(Guid.NewGuid(), due, Now));
            Assert.Equal(TrainingRules.AssignmentDue, broken.Rule);
        }
    }

    [Fact]
    public void An_assignment_is_changed_or_withdrawn_only_while_open_and_a_withdrawal_keeps_who_and_when()
    {
        var today = ClinicCalendar.DateOf(Now);
        var assignedBy = Guid.NewGuid();
        var withdrawnBy = Guid.NewGuid();
        var assignment = new TrainingAssignment(Guid.NewGuid(), Guid.NewGuid(), "ecoach", assignedBy, today, Now);

        assignment.ChangeDueDate(today.AddDays(30), courseCompleted: false, Now);
        Assert.Equal((today.AddDays(30), assignedBy), (assignment.DueOn, assignment.AssignedById));
        Assert.Equal(TrainingRules.AssignmentDue, Assert.Throws<DomainRuleException>(() => assignment.ChangeDueDate(today.AddDays(-1), false, Now)).Rule);
        Assert.Equal(TrainingRules.AssignmentCompleted, Assert.Throws<DomainRuleException>(() => assignment.Withdraw(withdrawnBy, courseCompleted: true, Now)).Rule);
        Assert.True(assignment.IsOpen(courseCompleted: false));

        assignment.Withdraw(withdrawnBy, courseCompleted: false, Now.AddHours(1));

        Assert.Equal((withdrawnBy, Now.AddHours(1)), (assignment.WithdrawnById, assignment.WithdrawnAt));
        Assert.False(assignment.IsOpen(courseCompleted: false));
        Assert.Equal(TrainingRules.AssignmentWithdrawn, Assert.Throws<DomainRuleException>(() => assignment.Withdraw(withdrawnBy, false, Now)).Rule);
        Assert.Equal(TrainingRules.AssignmentWithdrawn, Assert.Throws<DomainRuleException>(() => assignment.ChangeDueDate(today, false, Now)).Rule);
        Assert.Equal(TrainingRules.AssignmentWithdrawn, Assert.Throws<DomainRuleException>(() => assignment.Reassign(assignedBy, today, Now)).Rule);
    }
}
