using System.Globalization;
using Tandem.Domain.Programmes;

namespace Tandem.Domain.Work;

public sealed record FieldError(string FieldId, Rule Rule);

/// <summary>
/// Checks answers against an exercise's fields. A draft may be incomplete, but what is there must be a
/// valid value (lengths, ranges, options, times); a submission also needs every required field.
/// </summary>
public static class AnswerCheck
{
    public const int MaxTextLength = 500;
    public const int MaxLongTextLength = 4000;

    public static IReadOnlyList<FieldError> Draft(ExerciseBlock exercise, Answers answers) => Check(exercise, answers, complete: false);

    public static IReadOnlyList<FieldError> Submission(ExerciseBlock exercise, Answers answers) => Check(exercise, answers, complete: true);

    /// <summary>The answers to this exercise's fields only, with numbers written with a decimal point.</summary>
    public static Answers Normalise(ExerciseBlock exercise, IReadOnlyDictionary<string, IReadOnlyList<string>> input)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(input);
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var field in exercise.Fields)
        {
            if (input.TryGetValue(field.Id, out var given))
            {
                values[field.Id] = [.. given.Select(v => field.Kind == FieldKind.Number ? v.Trim().Replace(',', '.') : v.Trim())];
            }
        }

        return new Answers(values);
    }

    private static List<FieldError> Check(ExerciseBlock exercise, Answers answers, bool complete)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(answers);
        var errors = new List<FieldError>();
        foreach (var field in exercise.Fields)
        {
            var values = answers[field.Id];
            var rule = values.Count == 0
                ? (complete && field.Required ? WorkRules.Required : null)
                : Check(field, values);
            if (rule is not null)
            {
                errors.Add(new FieldError(field.Id, rule));
            }
        }

        return errors;
    }

    private static Rule? Check(ExerciseField field, IReadOnlyList<string> values)
    {
        if (field.Kind != FieldKind.MultiChoice && values.Count > 1)
        {
            return WorkRules.NotAnOption;
        }

        var value = values[0];
        return field.Kind switch
        {
            FieldKind.Text => value.Length > MaxTextLength ? WorkRules.TooLong : null,
            FieldKind.LongText => value.Length > MaxLongTextLength ? WorkRules.TooLong : null,
            FieldKind.Choice => IsOption(field, value) ? null : WorkRules.NotAnOption,
            FieldKind.MultiChoice => values.All(v => IsOption(field, v)) && values.Distinct().Count() == values.Count ? null : WorkRules.NotAnOption,
            FieldKind.Scale => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var score)
                ? InRange(field, score) : WorkRules.NotANumber,
            FieldKind.Number => value.Length <= 20 && decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
                ? InRange(field, number) : WorkRules.NotANumber,
            FieldKind.Time => value.Length == 5 && TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                ? null : WorkRules.NotATime,
            _ => WorkRules.NotAnOption,
        };
    }

    private static bool IsOption(ExerciseField field, string value) => field.Options.Any(o => o.Value == value);

    private static Rule? InRange(ExerciseField field, decimal value) =>
        (field.Min is { } min && value < min) || (field.Max is { } max && value > max) ? WorkRules.OutOfRange : null;
}
