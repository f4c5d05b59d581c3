namespace Tandem.Domain.Reminders;

/// <summary>When a reminder is due, in clinic time. The database queries mirror these rules; unit tests pin them.</summary>
public static class ReminderSchedule
{
    /// <summary>The clinic's local time of day at <paramref name="now"/>, in whole minutes.</summary>
    public static TimeOnly LocalTime(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, ClinicCalendar.Zone);
        return new TimeOnly(local.Hour, local.Minute);
    }

    /// <summary>A diary reminder is due once on each clinic day from its time of day on.</summary>
    public static bool DiaryDue(ReminderPreferences preferences, DateTimeOffset now) =>
        preferences.DiaryEnabled && preferences.DiaryTime <= LocalTime(now);

    /// <summary>
    /// An inactivity reminder is due when the last activity is at least N days ago and no inactivity reminder
    /// was made since that activity: one reminder per stretch of inactivity, never a daily stream.
    /// </summary>
    public static bool InactivityDue(ReminderPreferences preferences, DateTimeOffset lastActivity, DateTimeOffset? lastReminder, DateTimeOffset now) =>
        preferences.InactivityDays is { } days
        && now - lastActivity >= TimeSpan.FromDays(days)
        && (lastReminder is null || lastReminder < lastActivity);
}
