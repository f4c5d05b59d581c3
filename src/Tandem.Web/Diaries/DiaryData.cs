using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Diaries;
using Tandem.Web.Data;

namespace Tandem.Web.Diaries;

/// <summary>A patient's diaries over a run of days (both ends included), oldest first, and the activity target.</summary>
public sealed record DiaryData(
    DateOnly From,
    DateOnly To,
    IReadOnlyList<SleepWakeEntry> Sleep,
    IReadOnlyList<ActivityEntry> Activity,
    IReadOnlyList<SymptomEntry> Symptoms,
    ActivityTarget? Target)
{
    /// <summary>The chart periods a page may ask for.</summary>
    public static readonly int[] Periods = [14, 28];

    public static int Period(int? days) => days is { } d && Periods.Contains(d) ? d : Periods[0];

    public IEnumerable<DateOnly> Days => Enumerable.Range(0, To.DayNumber - From.DayNumber + 1).Select(From.AddDays);

    /// <summary>Loads the requested diaries of one patient; the caller has already checked the patient is in scope.</summary>
    public static async Task<DiaryData> LoadAsync(
        AppDbContext db, Guid patientId, DateOnly from, DateOnly to, IReadOnlySet<DiaryKind> kinds, CancellationToken ct)
    {
        var sleep = kinds.Contains(DiaryKind.SleepWake)
            ? await db.SleepWakeEntries.AsNoTracking().Where(e => e.PatientId == patientId && e.Day >= from && e.Day <= to).OrderBy(e => e.Day).ToListAsync(ct)
            : [];
        var activity = kinds.Contains(DiaryKind.Activity)
            ? await db.ActivityEntries.AsNoTracking().Where(e => e.PatientId == patientId && e.Day >= from && e.Day <= to).OrderBy(e => e.Day).ToListAsync(ct)
            : [];
        var symptoms = kinds.Contains(DiaryKind.Symptoms)
            ? await db.SymptomEntries.AsNoTracking().Where(e => e.PatientId == patientId && e.Day >= from && e.Day <= to).OrderBy(e => e.Day).ToListAsync(ct)
            : [];
        var target = kinds.Contains(DiaryKind.Activity)
            ? await db.ActivityTargets.AsNoTracking().SingleOrDefaultAsync(t => t.PatientId == patientId, ct)
            : null;
        return new DiaryData(from, to, sleep, activity, symptoms, target);
    }
}
