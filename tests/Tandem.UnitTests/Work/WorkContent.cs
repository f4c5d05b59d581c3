using Tandem.Domain.Programmes;
using Tandem.Domain.Work;

namespace Tandem.UnitTests.Work;

/// <summary>A small module with one field of every kind, goals and a feedback moment.</summary>
internal static class WorkContent
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static readonly LocalizedText Text = new("tekst", "text");

    public static readonly ExerciseBlock Exercise = new("week", Text, null,
    [
        Field("name", FieldKind.Text, required: true),
        Field("story", FieldKind.LongText),
        Field("mood", FieldKind.Choice, options: ["good", "bad"]),
        Field("days", FieldKind.MultiChoice, options: ["mon", "tue"]),
        Field("tired", FieldKind.Scale, min: 0, max: 10),
        Field("bedtime", FieldKind.Time),
        Field("hours", FieldKind.Number, min: 0, max: 24),
    ]);

    public static readonly GoalBlock SetGoals = new("goals", GoalMode.Set, 3, Text);
    public static readonly GoalBlock RateGoals = new("rate", GoalMode.Rate, 3, Text);
    public static readonly FeedbackMomentBlock Moment = new("send", ["week", "goals"], Text);

    public static readonly Module Module = new("m1", 1, new ModuleReview(ReviewStatus.Draft, null, null), Text, Text, 10, [],
    [
        new Page("p1", Text, [Exercise, SetGoals]),
        new Page("p2", Text, [Moment]),
    ]);

    public static Answers Answers(params (string Field, string[] Values)[] values) =>
        new(values.ToDictionary(v => v.Field, v => (IReadOnlyList<string>)v.Values));

    private static ExerciseField Field(string id, FieldKind kind, bool required = false, string[]? options = null, decimal? min = null, decimal? max = null) =>
        new(id, kind, Text, null, required, [.. (options ?? []).Select(o => new FieldOption(o, Text))], min, max, null, null, null);
}
