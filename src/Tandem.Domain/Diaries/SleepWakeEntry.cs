namespace Tandem.Domain.Diaries;

/// <summary>
/// One night and the day after it. <see cref="Day"/> is the day the patient got up; the bed time may fall on
/// the evening before (23:15) or after midnight (00:40): every time is read as the first moment after the
/// bed time at which the clock showed it, so the order bed → asleep → awake → up spans midnight naturally.
/// </summary>
public sealed class SleepWakeEntry
{
    private SleepWakeEntry() { } // EF Core

    public SleepWakeEntry(Guid patientId, DateOnly day, DateTimeOffset now)
    {
        PatientId = patientId;
        Day = day;
        RecordedAt = now;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid PatientId { get; private init; }
    public DateOnly Day { get; private init; }
    public TimeOnly BedTime { get; private set; }
    public TimeOnly? AsleepTime { get; private set; }
    public TimeOnly WakeTime { get; private set; }
    public TimeOnly RiseTime { get; private set; }
    public int RestMinutes { get; private set; }
    public string? Note { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Minutes from going to bed to getting up.</summary>
    public int MinutesInBed => After(BedTime, RiseTime);

    /// <summary>Sets (or replaces) the day's values; the checks of the sleep diary apply.</summary>
    public void Record(TimeOnly bed, TimeOnly? asleep, TimeOnly wake, TimeOnly rise, int restMinutes, string? note, DateTimeOffset now)
    {
        var toAsleep = asleep is { } a ? After(bed, a) : 0;
        var toWake = After(bed, wake);
        var toRise = After(bed, rise);
        if (toRise == 0 || toAsleep > toWake || toWake > toRise)
        {
            throw new DomainRuleException(DiaryRules.SleepOrder);
        }

        if (restMinutes is < 0 or > DiaryRules.MinutesPerDay)
        {
            throw new DomainRuleException(DiaryRules.Rest);
        }

        BedTime = bed;
        AsleepTime = asleep;
        WakeTime = wake;
        RiseTime = rise;
        RestMinutes = restMinutes;
        Note = DiaryRules.Note(note);
        RecordedAt = now;
    }

    /// <summary>Minutes from <paramref name="from"/> to the next time the clock shows <paramref name="to"/> (0 if equal).</summary>
    private static int After(TimeOnly from, TimeOnly to)
    {
        var minutes = (int)(to - from).TotalMinutes; // TimeOnly subtraction already wraps around midnight
        return minutes % DiaryRules.MinutesPerDay;
    }
}
