namespace Tandem.Domain.Programmes;

/// <summary>A form the patient fills in.</summary>
public sealed record ExerciseBlock(string Id, LocalizedText Title, LocalizedText? Intro, IReadOnlyList<ExerciseField> Fields) : Block;

public enum FieldKind
{
    Text,
    LongText,
    Choice,
    MultiChoice,
    Scale,
    Time,
    Number,
}

/// <summary>
/// A question of an exercise. <see cref="Options"/> is for choice kinds; <see cref="Min"/>/<see cref="Max"/> for
/// scale (whole numbers, both required) and number; <see cref="Unit"/> for number.
/// </summary>
public sealed record ExerciseField(
    string Id,
    FieldKind Kind,
    LocalizedText Label,
    LocalizedText? Hint,
    bool Required,
    IReadOnlyList<FieldOption> Options,
    decimal? Min,
    decimal? Max,
    LocalizedText? MinLabel,
    LocalizedText? MaxLabel,
    LocalizedText? Unit);

public sealed record FieldOption(string Value, LocalizedText Label);
