namespace Tandem.Domain.Guidance;

/// <summary>
/// The clinic's working days: Monday to Friday, except the holidays the organisation closes on. Feedback deadlines
/// count in these days, so a patient who sends work on Friday before a bank holiday is not counted as waiting over it.
/// </summary>
public sealed class WorkingCalendar(IEnumerable<DateOnly> holidays)
{
    private readonly HashSet<DateOnly> _holidays = [.. holidays];

    public static WorkingCalendar WeekdaysOnly { get; } = new([]);

    public bool IsWorkingDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day);

    /// <summary>The <paramref name="count"/>th working day after <paramref name="day"/> (the day itself does not count).</summary>
    public DateOnly AddWorkingDays(DateOnly day, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var result = day;
        for (var added = 0; added < count;)
        {
            result = result.AddDays(1);
            if (IsWorkingDay(result))
            {
                added++;
            }
        }

        return result;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="until"/>; negative when until lies before from.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly until)
    {
        if (until < from)
        {
            return -WorkingDaysBetween(until, from);
        }

        var count = 0;
        for (var day = from.AddDays(1); day <= until; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }
}
