namespace Tandem.Domain.Guidance;

/// <summary>
/// Unsent text a person is writing about one subject (feedback on a submission, or a message in a patient's thread),
/// kept on the server so it survives a reload, a session timeout and a change of device. One per person per subject.
/// </summary>
public sealed class Draft
{
    public const int MaxLength = 8000;

    private Draft() { } // EF Core

    public Draft(Guid userId, Guid subjectId, string? text, DateTimeOffset now)
    {
        UserId = userId;
        SubjectId = subjectId;
        Save(text, now);
    }

    public Guid UserId { get; private init; }

    /// <summary>The submission or, for a message, the patient.</summary>
    public Guid SubjectId { get; private init; }

    public string Text { get; private set; } = "";
    public DateTimeOffset SavedAt { get; private set; }

    public void Save(string? text, DateTimeOffset now)
    {
        text ??= "";
        if (text.Length > MaxLength)
        {
            throw new DomainRuleException(GuidanceRules.DraftTooLong);
        }

        Text = text;
        SavedAt = now;
    }
}
