namespace Tandem.Domain.Diaries;

/// <summary>The day's pain and/or fatigue on a 0–10 scale (0 = none, 10 = worst imaginable); at least one.</summary>
public sealed class SymptomEntry
{
    public const int MaxRating = 10;

    private SymptomEntry() { } // EF Core

    public SymptomEntry(Guid patientId, DateOnly day, DateTimeOffset now)
    {
        PatientId = patientId;
        Day = day;
        RecordedAt = now;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid PatientId { get; private init; }
    public DateOnly Day { get; private init; }
    public int? Pain { get; private set; }
    public int? Fatigue { get; private set; }
    public string? Note { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    public void Record(int? pain, int? fatigue, string? note, DateTimeOffset now)
    {
        if (pain is null && fatigue is null)
        {
            throw new DomainRuleException(DiaryRules.NoRating);
        }

        if (pain is < 0 or > MaxRating || fatigue is < 0 or > MaxRating)
        {
            throw new DomainRuleException(DiaryRules.Rating);
        }

        Pain = pain;
        Fatigue = fatigue;
        Note = DiaryRules.Note(note);
        RecordedAt = now;
    }
}
