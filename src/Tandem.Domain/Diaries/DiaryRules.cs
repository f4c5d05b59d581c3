namespace Tandem.Domain.Diaries;

/// <summary>The diaries' rules; each code is also the key of its localised message (diary.*.json).</summary>
public static class DiaryRules
{
    /// <summary>How far back a patient may still fill in or correct a day (two weeks: a missed weekend or a bad spell).</summary>
    public const int EditableDays = 14;

    public const int MaxNoteLength = 500;
    public const int MaxActivityLength = 100;
    public const int MinutesPerDay = 24 * 60;

    public static readonly Rule FutureDay = new("diary.rule.future-day", "A diary day cannot lie in the future.");
    public static readonly Rule TooOld = new("diary.rule.too-old", "This day is too long ago to fill in.");
    public static readonly Rule SleepOrder = new("diary.rule.sleep-order", "The times must follow each other: bed, asleep, awake, up.");
    public static readonly Rule Rest = new("diary.rule.rest", "Daytime rest must be between 0 and 1440 minutes.");
    public static readonly Rule Minutes = new("diary.rule.minutes", "Minutes must be between 0 and 1440.");
    public static readonly Rule Rating = new("diary.rule.rating", "A rating runs from 0 to 10.");
    public static readonly Rule NoRating = new("diary.rule.no-rating", "Choose at least one rating: pain or fatigue.");
    public static readonly Rule NoActivity = new("diary.rule.no-activity", "Describe the activity in a few words.");
    public static readonly Rule TooLong = new("diary.rule.too-long", "The text is too long.");
    public static readonly Rule NoProposal = new("diary.rule.no-proposal", "There is no proposal for a new level yet.");
    public static readonly Rule Target = new("diary.rule.target", "The target values are out of range.");

    /// <summary>Checks that <paramref name="day"/> may be written today: not in the future, not older than <see cref="EditableDays"/>.</summary>
    public static void CheckWritable(DateOnly day, DateOnly today)
    {
        if (day > today)
        {
            throw new DomainRuleException(FutureDay);
        }

        if (day < today.AddDays(-(EditableDays - 1)))
        {
            throw new DomainRuleException(TooOld);
        }
    }

    internal static string? Note(string? note)
    {
        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        return trimmed is { Length: > MaxNoteLength } ? throw new DomainRuleException(TooLong) : trimmed;
    }
}
