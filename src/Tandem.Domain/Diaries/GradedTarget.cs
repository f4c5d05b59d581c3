namespace Tandem.Domain.Diaries;

/// <summary>
/// Proposes the next graded-activity level. Once a level has been kept for a full step interval, the days of
/// that interval are counted: if the current target was reached on enough of them, the proposal is one step
/// up; otherwise it is the same level again. It never proposes going up after a difficult period and never
/// goes down: keeping the level is the normal, blameless outcome (graded activity: "only when the current level
/// has gone well for a while, and together with your therapist"). The therapist decides.
/// </summary>
public sealed class GradedTarget(int daysMetPerWeek = GradedTarget.DefaultDaysMetPerWeek)
{
    /// <summary>
    /// Days a week the target must be reached before stepping up. Not in the sources (reference/domain.md §2.3–§2.4
    /// give no criterion) [U]: 5 of 7 leaves room for a bad day or two. Configurable per site (Diaries:DaysMetPerWeek).
    /// </summary>
    public const int DefaultDaysMetPerWeek = 5;

    public int DaysMetPerWeek { get; } = daysMetPerWeek is >= 1 and <= 7
        ? daysMetPerWeek
        : throw new ArgumentOutOfRangeException(nameof(daysMetPerWeek), "Between 1 and 7 days a week.");

    /// <summary>
    /// The proposal for the level starting <paramref name="today"/>, or null while the current level has not yet
    /// been kept for a full step interval (or the plan has not started).
    /// </summary>
    public TargetProposal? Propose(ActivityTarget target, IEnumerable<(DateOnly Day, int Minutes)> entries, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(entries);
        var periodStart = today.AddDays(-target.StepIntervalDays);
        if (periodStart < target.LevelSince)
        {
            return null;
        }

        var daysMet = entries
            .Where(e => e.Day >= periodStart && e.Day < today && e.Minutes >= target.CurrentMinutes)
            .Select(e => e.Day)
            .Distinct()
            .Count();
        var required = RequiredDays(target.StepIntervalDays);
        var stepsUp = daysMet >= required;
        return new TargetProposal(
            stepsUp ? target.StepUp(target.CurrentMinutes) : target.CurrentMinutes, stepsUp, daysMet, target.StepIntervalDays, required);
    }

    /// <summary>The weekly share scaled to the interval, rounded up (5 of 7 → 5 of 7, 8 of 10, 20 of 28).</summary>
    public int RequiredDays(int intervalDays) => (int)Math.Ceiling(intervalDays * DaysMetPerWeek / 7m);
}
