namespace Tandem.Web.Measurement;

/// <summary>Configuration section "Measurement:Reminders": when patients are reminded of a questionnaire request.</summary>
public sealed class MeasurementReminderOptions
{
    /// <summary>Remind the patient on the day a request opens.</summary>
    public bool OnOpen { get; set; } = true;

    /// <summary>Remind the patient once when a request's window has passed without an answer.</summary>
    public bool OnOverdue { get; set; } = true;

    /// <summary>The clinic's local time from which the day's questionnaire reminders are sent (not at night).</summary>
    public TimeOnly SendFrom { get; set; } = new(9, 0);
}
