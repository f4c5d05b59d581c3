using Tandem.Domain.Guidance;

namespace Tandem.UnitTests.Guidance;

public sealed class FeedbackDeadlineTests
{
    // 2026-12-21 is a Monday; 25 and 26 December are the Dutch Christmas holidays.
    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static readonly WorkingCalendar Christmas = new([new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 26)]);

    [Theory]
    [InlineData("2026-11-23", 3, "2026-11-26")] // Monday + 3 = Thursday
    [InlineData("2026-11-26", 3, "2026-12-01")] // Thursday + 3 skips the weekend
    [InlineData("2026-11-28", 1, "2026-11-30")] // sent on Saturday: Monday
    [InlineData("2026-12-23", 3, "2026-12-29")] // Wednesday + 3: Thursday, then Christmas and the weekend are skipped
    public void Feedback_is_due_after_the_given_number_of_working_days(string sent, int workingDays, string due) =>
        Assert.Equal(Day(due), FeedbackDeadline.For(Day(sent), workingDays, Christmas, Day(sent)).Due);

    [Theory]
    [InlineData("2026-11-23", 3)]
    [InlineData("2026-11-25", 1)]
    [InlineData("2026-11-26", 0)]
    [InlineData("2026-11-27", -1)]
    [InlineData("2026-11-30", -2)] // the weekend between does not count
    public void Working_days_left_count_down_to_zero_on_the_due_day_and_below_zero_once_overdue(string today, int left)
    {
        var deadline = FeedbackDeadline.For(new DateOnly(2026, 11, 23), 3, WorkingCalendar.WeekdaysOnly, Day(today));

        Assert.Equal((left, left < 0), (deadline.WorkingDaysLeft, deadline.IsOverdue));
    }

    [Fact]
    public void Weekends_and_holidays_are_not_working_days()
    {
        Assert.False(Christmas.IsWorkingDay(new DateOnly(2026, 12, 25)));
        Assert.False(Christmas.IsWorkingDay(new DateOnly(2026, 12, 27)));
        Assert.True(Christmas.IsWorkingDay(new DateOnly(2026, 12, 24)));
        Assert.Equal(-2, Christmas.WorkingDaysBetween(new DateOnly(2026, 12, 28), new DateOnly(2026, 12, 23)));
    }

    [Fact]
    public void The_worklist_puts_alerts_first_then_overdue_then_due_feedback_by_deadline_then_new_messages_inactivity_and_questionnaires()
    {
        var at = DateTimeOffset.UnixEpoch;
        var today = new DateOnly(2026, 11, 26);
        WorkItem Item(WorkKind kind, string name, int hoursAgo = 0, DateOnly? sent = null) =>
            new(kind, Guid.NewGuid(), name, Guid.NewGuid(), at.AddHours(-hoursAgo),
                sent is { } day ? FeedbackDeadline.For(day, 3, WorkingCalendar.WeekdaysOnly, today) : null);

        var ordered = WorkItem.InOrder(
        [
            Item(WorkKind.Inactive, "inactive"),
            Item(WorkKind.NewMessage, "message"),
            Item(WorkKind.FeedbackDue, "due later", sent: today),
            Item(WorkKind.QuestionnaireOverdue, "questionnaire"),
            Item(WorkKind.FeedbackDue, "due sooner", sent: today.AddDays(-1)),
            Item(WorkKind.FeedbackOverdue, "overdue", sent: today.AddDays(-10)),
            Item(WorkKind.Alert, "newer alert", hoursAgo: 1),
            Item(WorkKind.Alert, "older alert", hoursAgo: 5),
        ]);

        Assert.Equal(["older alert", "newer alert", "overdue", "due sooner", "due later", "message", "inactive", "questionnaire"], ordered.Select(i => i.PatientName));
    }
}
