using Hl7.Fhir.Model;
using Tandem.Domain.Measurement;
using Tandem.Domain.Programmes;
using Tandem.Web.Fhir;
using Tandem.Web.Measurement;

namespace Tandem.IntegrationTests.Measurement;

public sealed class AnswerScreensTests
{
    private static readonly InstrumentItem[] Items = [new("a", [0, 1]), new("b", [0, 1]), new("c", [0, 1], scored: false)];

    private static readonly Instrument Instrument = new("x", 1, new LocalizedText("X", "X"), new LocalizedText("X", "X"), new LocalizedText("X", "X"), 1,
        new InstrumentLicence(LicenceStatus.Free, "h", "t"), "s", null, Items, [new Scale("total", new LocalizedText("T", "T"), [(Items[0], 0), (Items[1], 1)], ScaleMethod.Sum)], []);

    private static Questionnaire.ItemComponent Choice(string linkId) => new()
    {
        LinkId = linkId,
        Type = Questionnaire.QuestionnaireItemType.Choice,
        Text = "Question " + linkId,
        AnswerOption = [Option(0), Option(1)],
    };

    private static Questionnaire.AnswerOptionComponent Option(int value)
    {
        var option = new Questionnaire.AnswerOptionComponent { Value = new Coding("s", value.ToString(System.Globalization.CultureInfo.InvariantCulture), "Answer " + value) };
        option.SetExtension(QuestionnaireCheck.OrdinalValue, new FhirDecimal(value));
        return option;
    }

    [Fact]
    public void A_group_is_one_screen_other_questions_get_a_screen_each_and_the_intro_goes_on_the_first()
    {
        var questionnaire = new Questionnaire
        {
            Item =
            [
                new() { LinkId = "intro", Type = Questionnaire.QuestionnaireItemType.Display, Text = "Welcome" },
                new() { LinkId = "g", Type = Questionnaire.QuestionnaireItemType.Group, Text = "Part one", Item = [Choice("a"), Choice("b")] },
                Choice("c"),
            ],
        };

        var screens = AnswerScreens.Of(questionnaire, Instrument);

        Assert.Equal(2, screens.Count);
        Assert.Equal(("Part one", "Welcome", "a,b"), (screens[0].Title, string.Join(",", screens[0].Intro), string.Join(",", screens[0].Questions.Select(q => q.LinkId))));
        Assert.Equal(("c", false), (screens[1].Questions[0].LinkId, screens[1].Questions[0].Required));
        Assert.True(screens[0].Questions[0].Required);
        Assert.Equal("Answer 1", screens[0].Questions[0].LabelOf(1));
    }
}
