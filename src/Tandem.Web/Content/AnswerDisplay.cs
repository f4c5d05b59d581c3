using Tandem.Domain.Programmes;
using Tandem.Domain.Work;

namespace Tandem.Web.Content;

/// <summary>Answers as a reader sees them: option labels instead of codes, units after numbers.</summary>
public static class AnswerDisplay
{
    public static IEnumerable<(string Label, string Answer)> Rows(ExerciseBlock exercise, Answers answers, string language)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(answers);
        foreach (var field in exercise.Fields.Where(f => answers.Has(f.Id)))
        {
            var values = answers[field.Id];
            var text = field.Kind switch
            {
                FieldKind.Choice or FieldKind.MultiChoice => string.Join(", ", values.Select(v => field.Options.FirstOrDefault(o => o.Value == v)?.Label.For(language) ?? v)),
                FieldKind.Number when field.Unit is not null => $"{values[0]} {field.Unit.For(language)}",
                FieldKind.Scale => $"{values[0]} ({field.Min}–{field.Max})",
                _ => values[0],
            };
            yield return (field.Label.For(language), text);
        }
    }
}
