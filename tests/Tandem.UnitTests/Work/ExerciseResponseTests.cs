using Tandem.Domain.Work;
using static Tandem.UnitTests.Work.WorkContent;

namespace Tandem.UnitTests.Work;

public sealed class ExerciseResponseTests
{
    [Fact]
    public void A_valid_draft_is_kept_with_its_time()
    {
        var response = new ExerciseResponse(Guid.NewGuid(), "m1", "week");

        var errors = response.SaveDraft(Exercise, Answers(("story", ["Started"])), Now);

        Assert.Empty(errors);
        Assert.Equal("Started", response.Answers.First("story"));
        Assert.Equal(Now, response.SavedAt);
    }

    [Fact]
    public void An_invalid_draft_leaves_the_saved_answers_as_they_were()
    {
        var response = new ExerciseResponse(Guid.NewGuid(), "m1", "week");
        response.SaveDraft(Exercise, Answers(("tired", ["4"])), Now);

        var errors = response.SaveDraft(Exercise, Answers(("tired", ["40"])), Now.AddMinutes(1));

        Assert.Single(errors);
        Assert.Equal("4", response.Answers.First("tired"));
        Assert.Equal(Now, response.SavedAt);
    }
}
