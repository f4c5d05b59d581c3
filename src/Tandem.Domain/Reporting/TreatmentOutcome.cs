using Tandem.Domain.Measurement;

namespace Tandem.Domain.Reporting;

/// <summary>
/// The first and last score of a treatment on its primary outcome, for the effectiveness figures: the first score from
/// <see cref="WindowDays"/> before enrolment on, and the last later score up to <see cref="WindowDays"/> after the end
/// (end measurements are often answered just after the therapist closes the treatment).
/// </summary>
public static class TreatmentOutcome
{
    public const int WindowDays = 30;

    /// <summary>The pair of scores, or null when the treatment has fewer than two scores in its window.</summary>
    public static (double Before, double After)? Pair(IEnumerable<(DateTimeOffset At, double Value)> scores, DateTimeOffset enrolledAt, DateTimeOffset endedAt)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var inWindow = scores
            .Where(s => s.At >= enrolledAt.AddDays(-WindowDays) && s.At <= endedAt.AddDays(WindowDays))
            .OrderBy(s => s.At)
            .ToList();
        return inWindow.Count < 2 ? null : (inWindow[0].Value, inWindow[^1].Value);
    }

    /// <summary>Counts one treatment's outcome into a month: its change and, where the scale has norm data, its reliable change category and recovery.</summary>
    public static void Count(ReAimMonth month, Scale scale, double before, double after)
    {
        ArgumentNullException.ThrowIfNull(month);
        ArgumentNullException.ThrowIfNull(scale);
        var difference = after - before;
        month.Outcomes++;
        month.ChangeSum += difference;
        month.ChangeSquares += difference * difference;
        if (scale.ReliableChange is not { } norm)
        {
            return;
        }

        var change = Change.Between(scale, norm, before, after);
        month.Improved += change.Category == ChangeCategory.ReliableImprovement ? 1 : 0;
        month.Deteriorated += change.Category == ChangeCategory.ReliableDeterioration ? 1 : 0;
        month.Recovered += change.Recovered ? 1 : 0;
    }
}
