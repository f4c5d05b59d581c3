namespace Tandem.Domain.Diaries;

/// <summary>The day's planned activity (the graded one) and how many minutes of it the patient did.</summary>
public sealed class ActivityEntry
{
    private ActivityEntry() { } // EF Core

    public ActivityEntry(Guid patientId, DateOnly day, DateTimeOffset now)
    {
        PatientId = patientId;
        Day = day;
        RecordedAt = now;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid PatientId { get; private init; }
    public DateOnly Day { get; private init; }
    public string Activity { get; private set; } = "";
    public int Minutes { get; private set; }
    public string? Note { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    public void Record(string activity, int minutes, string? note, DateTimeOffset now)
    {
        var text = activity?.Trim() ?? "";
        if (text.Length == 0)
        {
            throw new DomainRuleException(DiaryRules.NoActivity);
        }

        if (text.Length > DiaryRules.MaxActivityLength)
        {
            throw new DomainRuleException(DiaryRules.TooLong);
        }

        if (minutes is < 0 or > DiaryRules.MinutesPerDay)
        {
            throw new DomainRuleException(DiaryRules.Minutes);
        }

        Activity = text;
        Minutes = minutes;
        Note = DiaryRules.Note(note);
        RecordedAt = now;
    }
}
