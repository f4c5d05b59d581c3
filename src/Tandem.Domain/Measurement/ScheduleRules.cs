namespace Tandem.Domain.Measurement;

/// <summary>The rules of measurement schedules, the therapist's override and stepped care; each code is a text key.</summary>
public static class ScheduleRules
{
    public static readonly Rule RequestClosed = new("schedules.request-closed", "This request has been completed or cancelled and can no longer be changed.");
    public static readonly Rule ReasonRequired = new("schedules.reason-required", "Give a reason (at most 500 characters).");
    public static readonly Rule Window = new("schedules.window", "Choose a window that ends today or later, starts no later than it ends and lasts at most 90 days.");
    public static readonly Rule NotUsable = new("schedules.not-usable", "This questionnaire cannot be asked: it is unknown or its licensed wording has not been imported.");
    public static readonly Rule NotEnded = new("schedules.not-ended", "Stepped care is decided at the end of treatment.");
}
