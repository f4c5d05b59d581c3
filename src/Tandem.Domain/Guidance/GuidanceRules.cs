namespace Tandem.Domain.Guidance;

/// <summary>The rules of guidance; each code is also the key of its localised message.</summary>
public static class GuidanceRules
{
    public static readonly Rule MessageRequired = new("guidance.message-required", "Write a message (at most 4000 characters).");
    public static readonly Rule DraftTooLong = new("guidance.draft-too-long", "This text is too long to keep as a draft.");
    public static readonly Rule Gaps = new("guidance.gaps", "The text still has gaps to fill in, marked … [like this].");
    public static readonly Rule Placeholders = new("guidance.placeholders", "The text still has placeholders Tandem could not fill, such as {goal}.");
    public static readonly Rule SnippetTitle = new("guidance.snippet-title", "A snippet needs a title of at most 80 characters.");
    public static readonly Rule SnippetText = new("guidance.snippet-text", "A snippet needs a text of at most 2000 characters.");
    public static readonly Rule NotAwaitingApproval = new("guidance.not-awaiting-approval", "This feedback is not waiting for approval (any more).");
    public static readonly Rule ReturnNote = new("guidance.return-note", "Say what to change (at most 2000 characters).");
    public static readonly Rule ReassignSame = new("guidance.reassign-same", "This patient already has this therapist.");
    public static readonly Rule ReassignReason = new("guidance.reassign-reason", "Give the reason for the reassignment (at most 500 characters).");
    public static readonly Rule TimeMinutes = new("guidance.time-minutes", "Enter the minutes spent, from 1 to 480.");
    public static readonly Rule TimeDay = new("guidance.time-day", "Time can be registered for today or up to 30 days back.");
    public static readonly Rule HolidayName = new("guidance.holiday-name", "Name the holiday (at most 80 characters).");
    public static readonly Rule HolidayTaken = new("guidance.holiday-taken", "This day is already a holiday for this site.");
}
