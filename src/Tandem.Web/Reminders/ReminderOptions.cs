using Tandem.Domain.Reminders;

namespace Tandem.Web.Reminders;

/// <summary>Configuration section "Reminders": the job's rhythm, retries, and the defaults for patients who chose nothing.</summary>
public sealed class ReminderOptions
{
    /// <summary>Whether this node runs the background job (every node may: claiming is safe across nodes).</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many reminders one pass schedules and sends at most.</summary>
    public int BatchSize { get; set; } = 500;

    public TimeSpan Lease { get; set; } = ReminderRetryPolicy.Default.Lease;
    public TimeSpan FirstRetry { get; set; } = ReminderRetryPolicy.Default.FirstRetry;
    public TimeSpan MaxRetry { get; set; } = ReminderRetryPolicy.Default.MaxRetry;
    public int MaxAttempts { get; set; } = ReminderRetryPolicy.Default.MaxAttempts;

    public bool DefaultDiaryEnabled { get; set; }
    public TimeOnly DefaultDiaryTime { get; set; } = new(19, 0);

    /// <summary>Days without activity before a reminder; null for none.</summary>
    public int? DefaultInactivityDays { get; set; } = 7;

    public ReminderPreferences Defaults => ReminderPreferences.Create(DefaultDiaryEnabled, DefaultDiaryTime, DefaultInactivityDays);

    public ReminderRetryPolicy Retry => new(Lease, FirstRetry, MaxRetry, MaxAttempts);
}
