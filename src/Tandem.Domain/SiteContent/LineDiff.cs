namespace Tandem.Domain.SiteContent;

public enum DiffKind
{
    Same,
    Removed,
    Added,
}

public sealed record DiffLine(DiffKind Kind, string Text);

/// <summary>
/// A line-by-line difference between two texts by longest common subsequence: unchanged lines, lines only
/// in the old text (removed) and lines only in the new one (added), in reading order, removals first.
/// </summary>
public static class LineDiff
{
    /// <summary>Beyond this many lines on either side the texts are compared as wholly replaced (quadratic table).</summary>
    public const int MaxLines = 2000;

    public static IReadOnlyList<DiffLine> Compute(string oldText, string newText)
    {
        var before = Lines(oldText);
        var after = Lines(newText);
        if (before.Length > MaxLines || after.Length > MaxLines)
        {
            return [.. before.Select(l => new DiffLine(DiffKind.Removed, l)), .. after.Select(l => new DiffLine(DiffKind.Added, l))];
        }

        // common[i, j] = length of the longest common subsequence of before[i..] and after[j..].
        var common = new int[before.Length + 1, after.Length + 1];
        for (var i = before.Length - 1; i >= 0; i--)
        {
            for (var j = after.Length - 1; j >= 0; j--)
            {
                common[i, j] = before[i] == after[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var diff = new List<DiffLine>(before.Length + after.Length);
        int x = 0, y = 0;
        while (x < before.Length || y < after.Length)
        {
            if (x < before.Length && y < after.Length && before[x] == after[y])
            {
                diff.Add(new DiffLine(DiffKind.Same, before[x++]));
                y++;
            }
            else if (y == after.Length || (x < before.Length && common[x + 1, y] >= common[x, y + 1]))
            {
                diff.Add(new DiffLine(DiffKind.Removed, before[x++]));
            }
            else
            {
                diff.Add(new DiffLine(DiffKind.Added, after[y++]));
            }
        }

        return diff;
    }

    public static bool HasChanges(IEnumerable<DiffLine> diff) => diff.Any(l => l.Kind != DiffKind.Same);

    private static string[] Lines(string text) =>
        text.Length == 0 ? [] : text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
}
