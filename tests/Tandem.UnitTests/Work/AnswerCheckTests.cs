using Tandem.Domain.Work;
using static Tandem.UnitTests.Work.WorkContent;

namespace Tandem.UnitTests.Work;

public sealed class AnswerCheckTests
{
    [Fact]
    public void A_draft_may_leave_required_fields_empty_but_a_submission_may_not()
    {
        var answers = Answers(("story", ["Half a thought"]));

        Assert.Empty(AnswerCheck.Draft(Exercise, answers));
        var error = Assert.Single(AnswerCheck.Submission(Exercise, answers));
        Assert.Equal(("name", WorkRules.Required), (error.FieldId, error.Rule));
    }

    [Theory]
    [InlineData("tired", "11", "work.out-of-range")]
    [InlineData("tired", "-1", "work.not-a-number")]
    [InlineData("tired", "5.5", "work.not-a-number")]
    [InlineData("hours", "25", "work.out-of-range")]
    [InlineData("hours", "many", "work.not-a-number")]
    [InlineData("bedtime", "25:00", "work.not-a-time")]
    [InlineData("bedtime", "8:30", "work.not-a-time")]
    [InlineData("mood", "fine", "work.not-an-option")]
    [InlineData("days", "sun", "work.not-an-option")]
    public void A_draft_refuses_values_that_are_never_valid(string field, string value, string code)
    {
        var error = Assert.Single(AnswerCheck.Draft(Exercise, Answers((field, [value]))));

        Assert.Equal(field, error.FieldId);
        Assert.Equal(code, error.Rule.Code);
    }

    [Fact]
    public void Valid_values_of_every_kind_pass()
    {
        var answers = Answers(
            ("name", ["Anna"]), ("story", [new string('x', AnswerCheck.MaxLongTextLength)]), ("mood", ["good"]), ("days", ["mon", "tue"]),
            ("tired", ["10"]), ("bedtime", ["23:30"]), ("hours", ["7.5"]));

        Assert.Empty(AnswerCheck.Submission(Exercise, answers));
    }

    [Fact]
    public void Drafts_still_cap_lengths()
    {
        var errors = AnswerCheck.Draft(Exercise, Answers(("name", [new string('x', AnswerCheck.MaxTextLength + 1)]), ("story", [new string('x', AnswerCheck.MaxLongTextLength + 1)])));

        Assert.Equal(["name", "story"], errors.Select(e => e.FieldId));
        Assert.All(errors, e => Assert.Equal(WorkRules.TooLong, e.Rule));
    }

    [Fact]
    public void Several_values_for_a_single_choice_or_a_repeated_option_are_refused()
    {
        Assert.Single(AnswerCheck.Draft(Exercise, Answers(("mood", ["good", "bad"]))));
        Assert.Single(AnswerCheck.Draft(Exercise, Answers(("days", ["mon", "mon"]))));
    }

    [Fact]
    public void Normalising_keeps_only_the_exercise_fields_and_reads_a_decimal_comma()
    {
        var input = new Dictionary<string, IReadOnlyList<string>> { ["hours"] = [" 7,5 "], ["other"] = ["x"], ["story"] = ["  "] };

        var answers = AnswerCheck.Normalise(Exercise, input);

        Assert.Equal(["hours"], answers.FieldIds);
        Assert.Equal("7.5", answers.First("hours"));
    }

    [Fact]
    public void Answers_survive_a_round_trip_through_JSON()
    {
        var answers = Answers(("days", ["mon", "tue"]), ("name", ["Anna \"A\""]));

        var back = Tandem.Domain.Work.Answers.FromJson(answers.ToJson());

        Assert.Equal(["mon", "tue"], back["days"]);
        Assert.Equal("Anna \"A\"", back.First("name"));
        Assert.Empty(back["missing"]);
    }
}
