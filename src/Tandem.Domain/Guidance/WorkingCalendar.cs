namespace Tandem.Domain.Guidance;

/// <summary>
/// The clinic's working days: Monday to Friday (or the weekdays a site set), except the holidays the organisation closes
/// on. Feedback deadlines count in these days, so a patient who sends work on Friday before a bank holiday is not counted
/// as waiting over it.
/// </summary>
public sealed class WorkingCalendar(IEnumerable<DateOnly> holidays, IEnumerable<DayOfWeek>? weekdays = null)
{
    public static readonly IReadOnlyList<DayOfWeek> MondayToFriday =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    private readonly HashSet<DateOnly> _holidays = [.. holidays];

    // No weekday at all would make every deadline endless; it means the default week.
    private readonly HashSet<DayOfWeek> _weekdays = weekdays?.Any() == true ? [.. weekdays] : [.. MondayToFriday];

    public static WorkingCalendar WeekdaysOnly { get; } = new([]);

    public bool IsWorkingDay(DateOnly day) => _weekdays.Contains(day.DayOfWeek) && !_holidays.Contains(day);

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
