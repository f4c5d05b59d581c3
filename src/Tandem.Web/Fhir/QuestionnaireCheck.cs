using Hl7.Fhir.Model;
using Tandem.Domain.Measurement;

namespace Tandem.Web.Fhir;

/// <summary>
/// Checks that a Questionnaire carries an instrument's wording: every item of the scoring definition is a choice
/// question with the same linkId whose answer options (ordinalValue) are exactly the item's values. Used for the
/// shipped wording at start-up and for a licensed Questionnaire an organisation imports.
/// </summary>
public static class QuestionnaireCheck
{
    public const string OrdinalValue = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

    public static IReadOnlyList<string> Errors(Questionnaire questionnaire, Instrument instrument, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(instrument);
        var errors = new List<string>();
        if (language is not null && questionnaire.Language != language)
        {
            errors.Add($"the Questionnaire's language is '{questionnaire.Language}', expected '{language}'");
        }

        if (questionnaire.Status != PublicationStatus.Active)
        {
            errors.Add("the Questionnaire's status must be 'active'");
        }

        var questions = Flatten(questionnaire.Item).Where(i => i.Type != Questionnaire.QuestionnaireItemType.Group && i.Type != Questionnaire.QuestionnaireItemType.Display).ToList();
        foreach (var extra in questions.Where(q => q.LinkId is null || instrument.FindItem(q.LinkId) is null))
        {
            errors.Add($"question '{extra.LinkId}' is not an item of instrument '{instrument.Id}'");
        }

        foreach (var item in instrument.Items)
        {
            var question = questions.FirstOrDefault(q => q.LinkId == item.Id);
            if (question is null)
            {
                errors.Add($"item '{item.Id}' of instrument '{instrument.Id}' has no question with that linkId");
                continue;
            }

            if (question.Type != Questionnaire.QuestionnaireItemType.Choice || string.IsNullOrWhiteSpace(question.Text))
            {
                errors.Add($"question '{item.Id}' must be a choice question with text");
                continue;
            }

            var values = question.AnswerOption.Select(ValueOf).ToList();
            if (values.Any(v => v is null) || !values.Order().SequenceEqual(item.Values.Order().Cast<int?>()))
            {
                errors.Add($"the answer options of question '{item.Id}' must each have a display and an ordinalValue, with the values {string.Join(", ", item.Values)}");
            }
        }

        return errors;
    }

    /// <summary>The questions and display items in order, groups opened.</summary>
    public static IEnumerable<Questionnaire.ItemComponent> Flatten(IEnumerable<Questionnaire.ItemComponent> items) =>
        items.SelectMany(i => i.Type == Questionnaire.QuestionnaireItemType.Group ? Flatten(i.Item) : [i]);

    /// <summary>The answer value of an option: its ordinalValue extension (with a display to show).</summary>
    public static int? ValueOf(Questionnaire.AnswerOptionComponent option)
    {
        ArgumentNullException.ThrowIfNull(option);
        return option.Value is Coding { Display.Length: > 0 } && option.GetExtension(OrdinalValue)?.Value is FhirDecimal { Value: { } value }
            && value == decimal.Truncate(value) && value is >= int.MinValue and <= int.MaxValue
            ? (int)value
            : null;
    }
}
