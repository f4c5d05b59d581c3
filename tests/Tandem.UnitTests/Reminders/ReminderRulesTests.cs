using Tandem.Domain;
using Tandem.Domain.Reminders;

namespace Tandem.UnitTests.Reminders;

public sealed class ReminderRulesTests
{
    // 18:30 UTC on a winter day is 19:30 in Amsterdam.
    private static readonly DateTimeOffset WinterEvening = new(2026, 1, 15, 18, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(2)]
    [InlineData(31)]
    public void Inactivity_days_outside_3_to_30_are_refused(int days)
    {
        var refused = Assert.Throws<DomainRuleException>(() => ReminderPreferences.Create(false, new TimeOnly(19, 0), days));
        Assert.Equal(ReminderRules.InactivityRange, refused.Rule);
    }

    [Fact]
    public void Diary_time_keeps_whole_minutes_only()
    {
        var preferences = ReminderPreferences.Create(true, new TimeOnly(19, 5, 42), null);
        Assert.Equal(new TimeOnly(19, 5), preferences.DiaryTime);
    }

    [Theory]
    [InlineData(19, 30, true)]
    [InlineData(19, 31, false)]
    [InlineData(7, 0, true)]
    public void Diary_reminder_is_due_from_its_local_time_of_day(int hour, int minute, bool due)
    {
        var preferences = ReminderPreferences.Create(true, new TimeOnly(hour, minute), null);
        Assert.Equal(due, ReminderSchedule.DiaryDue(preferences, WinterEvening));
    }

    [Fact]
    public void Diary_reminder_is_never_due_when_switched_off() =>
        Assert.False(ReminderSchedule.DiaryDue(ReminderPreferences.Create(false, new TimeOnly(0, 0), null), WinterEvening));

    [Fact]
    public void Local_time_follows_summer_time()
    {
        Assert.Equal(new TimeOnly(19, 30), ReminderSchedule.LocalTime(WinterEvening));
        Assert.Equal(new TimeOnly(20, 30), ReminderSchedule.LocalTime(new DateTimeOffset(2026, 7, 15, 18, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Inactivity_reminder_is_due_after_the_chosen_days_and_once_per_quiet_period()
    {
        var preferences = ReminderPreferences.Create(false, new TimeOnly(19, 0), 5);
        var lastActive = WinterEvening.AddDays(-5);

        Assert.False(ReminderSchedule.InactivityDue(preferences, lastActive.AddMinutes(1), null, WinterEvening));
        Assert.True(ReminderSchedule.InactivityDue(preferences, lastActive, null, WinterEvening));
        Assert.True(ReminderSchedule.InactivityDue(preferences, lastActive, lastActive.AddDays(-1), WinterEvening));
        Assert.False(ReminderSchedule.InactivityDue(preferences, lastActive, lastActive.AddDays(1), WinterEvening));
        Assert.False(ReminderSchedule.InactivityDue(ReminderPreferences.Create(false, new TimeOnly(19, 0), null), lastActive.AddDays(-30), null, WinterEvening));
    }

    [Fact]
    public void Retry_waits_double_from_the_first_retry_up_to_the_cap()
    {
        var policy = new ReminderRetryPolicy(TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(30), 6);

        Assert.Equal(
            [1, 2, 4, 8, 16, 30, 30],
            Enumerable.Range(1, 7).Select(attempt => policy.Backoff(attempt).TotalMinutes));
        Assert.False(policy.GivesUpAfter(5));
        Assert.True(policy.GivesUpAfter(6));
    }
}
