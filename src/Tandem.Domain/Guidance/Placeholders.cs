using System.Text.RegularExpressions;

namespace Tandem.Domain.Guidance;

/// <summary>
/// The placeholders templates and snippets may hold, filled in for one patient when the therapist inserts the text,
/// and the checks that stop text with unfilled placeholders or template gaps (<c>… [hint]</c>) from being sent.
/// </summary>
public static partial class Placeholders
{
    public const string FirstName = "first-name";
    public const string Goal = "goal";
    public const string DiaryDays = "diary-days";
    public const string AverageFatigue = "average-fatigue";
    public const string AveragePain = "average-pain";

    public static IReadOnlyList<string> All { get; } = [FirstName, Goal, DiaryDays, AverageFatigue, AveragePain];

    /// <summary>Replaces every known placeholder that has a value; the others stay, so the therapist sees what is missing.</summary>
    public static string Fill(string text, IReadOnlyDictionary<string, string?> values)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(values);
        return Token().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var value) && value is not null ? value : m.Value);
    }

    /// <summary>The known placeholders still in the text.</summary>
    public static IReadOnlyList<string> Unfilled(string text) =>
        [.. Token().Matches(text ?? "").Select(m => m.Groups[1].Value).Where(All.Contains).Distinct(StringComparer.Ordinal)];

    /// <summary>Every name in braces in the text, known or not (content checks refuse the unknown ones).</summary>
    public static IReadOnlyList<string> Named(string text) =>
        [.. Token().Matches(text ?? "").Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal)];

    /// <summary>How many template gaps the text holds.</summary>
    public static int GapCount(string text) => Gap().Count(text ?? "");

    /// <summary>True while the text holds a template gap: an ellipsis followed by a hint in square brackets.</summary>
    public static bool HasGaps(string text) => Gap().IsMatch(text ?? "");

    /// <summary>Refuses text that still has a gap or an unfilled placeholder.</summary>
    public static void CheckComplete(string text)
    {
        if (HasGaps(text))
        {
            throw new DomainRuleException(GuidanceRules.Gaps);
        }

        if (Unfilled(text).Count > 0)
        {
            throw new DomainRuleException(GuidanceRules.Placeholders);
        }
    }

    [GeneratedRegex(@"\{([a-z][a-z-]*)\}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Token();

    [GeneratedRegex(@"…\s*\[[^\]\r\n]+\]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Gap();
}
