namespace Tandem.Domain.Guidance;

/// <summary>When feedback on a submission is due, and how that stands on a given day.</summary>
public sealed record FeedbackDeadline(DateOnly Due, int WorkingDaysLeft)
{
    /// <summary>
    /// Due at the end of the <paramref name="workingDays"/>th working day after the day the work was sent;
    /// <see cref="WorkingDaysLeft"/> counts the working days from <paramref name="today"/> to that day (0 = due today,
    /// negative = overdue by that many working days).
    /// </summary>
    public static FeedbackDeadline For(DateOnly submittedOn, int workingDays, WorkingCalendar calendar, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var due = calendar.AddWorkingDays(submittedOn, workingDays);
        var left = today <= due ? calendar.WorkingDaysBetween(today, due) : -Math.Max(1, calendar.WorkingDaysBetween(due, today));
        return new FeedbackDeadline(due, left);
    }

    public bool IsOverdue => WorkingDaysLeft < 0;
}
