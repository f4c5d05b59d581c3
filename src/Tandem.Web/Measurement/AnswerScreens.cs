using Hl7.Fhir.Model;
using Tandem.Domain.Measurement;
using Tandem.Web.Fhir;

namespace Tandem.Web.Measurement;

/// <summary>One choice question as the patient sees it: its text and the answers with their values.</summary>
public sealed record AnswerQuestion(string LinkId, string Text, bool Required, IReadOnlyList<(int Value, string Label)> Options)
{
    public string Field => "q-" + LinkId;

    public string? LabelOf(int value) => Options.Where(o => o.Value == value).Select(o => o.Label).FirstOrDefault();
}

/// <summary>One screen of a questionnaire: a group of questions, or one question, with the texts shown above it.</summary>
public sealed record AnswerScreen(int Index, string? Title, IReadOnlyList<string> Intro, IReadOnlyList<AnswerQuestion> Questions);

/// <summary>
/// Splits a Questionnaire into screens for a phone: one screen per <c>group</c> item, otherwise one question per
/// screen; display items are shown on the screen of the question that follows them (the intro on the first).
/// A question is required when the Questionnaire says so or when it counts in a scale.
/// </summary>
public static class AnswerScreens
{
    public static IReadOnlyList<AnswerScreen> Of(Questionnaire questionnaire, Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(instrument);
        var screens = new List<AnswerScreen>();
        var pending = new List<string>();
        foreach (var item in questionnaire.Item)
        {
            if (item.Type == Questionnaire.QuestionnaireItemType.Display)
            {
                pending.Add(item.Text ?? "");
                continue;
            }

            var group = item.Type == Questionnaire.QuestionnaireItemType.Group;
            var contents = group ? QuestionnaireCheck.Flatten(item.Item).ToList() : [item];
            var intro = pending.Concat(contents.Where(c => c.Type == Questionnaire.QuestionnaireItemType.Display).Select(c => c.Text ?? "")).ToList();
            var questions = contents.Where(c => c.Type == Questionnaire.QuestionnaireItemType.Choice).Select(c => Question(c, instrument)).ToList();
            if (questions.Count > 0)
            {
                screens.Add(new AnswerScreen(screens.Count, group ? item.Text : null, intro, questions));
                pending = [];
            }
        }

        return screens;
    }

    private static AnswerQuestion Question(Questionnaire.ItemComponent item, Instrument instrument)
    {
        var options = item.AnswerOption
            .Select(o => (Value: QuestionnaireCheck.ValueOf(o), Label: (o.Value as Coding)?.Display ?? ""))
            .Where(o => o.Value is not null)
            .Select(o => (o.Value!.Value, o.Label))
            .ToList();
        var linkId = item.LinkId ?? "";
        var required = item.Required == true || instrument.FindItem(linkId)?.Scored == true;
        return new AnswerQuestion(linkId, item.Text ?? "", required, options);
    }
}
