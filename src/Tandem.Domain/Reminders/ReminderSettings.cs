namespace Tandem.Domain.Reminders;

public static class ReminderRules
{
    public const int MinInactivityDays = 3;
    public const int MaxInactivityDays = 30;

    public static readonly Rule InactivityRange = new("reminders.inactivity-range", "Choose between 3 and 30 days.");
}

/// <summary>
/// When a patient wants to be reminded: a daily diary prompt at a local time of day (clinic time, whole
/// minutes) and a prompt after a number of days without activity. Null days means no inactivity reminder.
/// </summary>
public sealed record ReminderPreferences(bool DiaryEnabled, TimeOnly DiaryTime, int? InactivityDays)
{
    public static ReminderPreferences Create(bool diaryEnabled, TimeOnly diaryTime, int? inactivityDays)
    {
        if (inactivityDays is < ReminderRules.MinInactivityDays or > ReminderRules.MaxInactivityDays)
        {
            throw new DomainRuleException(ReminderRules.InactivityRange);
        }

        return new(diaryEnabled, new TimeOnly(diaryTime.Hour, diaryTime.Minute), inactivityDays);
    }
}

/// <summary>A patient's own reminder settings; a patient without a row has the clinic's defaults.</summary>
public sealed class ReminderSettings
{
    private ReminderSettings() { } // EF Core

    public ReminderSettings(Guid patientId, ReminderPreferences preferences, Guid byUserId, DateTimeOffset now)
    {
        PatientId = patientId;
        Change(preferences, byUserId, now);
    }

    public Guid PatientId { get; private init; }
    public bool DiaryEnabled { get; private set; }
    public TimeOnly DiaryTime { get; private set; }
    public int? InactivityDays { get; private set; }
    public Guid UpdatedByUserId { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public ReminderPreferences Preferences => new(DiaryEnabled, DiaryTime, InactivityDays);

    public void Change(ReminderPreferences preferences, Guid byUserId, DateTimeOffset now)
    {
        DiaryEnabled = preferences.DiaryEnabled;
        DiaryTime = new TimeOnly(preferences.DiaryTime.Hour, preferences.DiaryTime.Minute);
        InactivityDays = preferences.InactivityDays;
        UpdatedByUserId = byUserId;
        UpdatedAt = now;
    }
}
