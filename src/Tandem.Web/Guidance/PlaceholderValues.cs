using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain;
using Tandem.Domain.Guidance;
using Tandem.Domain.Patients;
using Tandem.Web.Data;

namespace Tandem.Web.Guidance;

/// <summary>
/// What the placeholders of templates and snippets stand for with one patient (content/FEEDBACK.md): first name,
/// first goal, and diary figures over the last 7 days. A value the patient has no data for stays a placeholder, so the
/// therapist sees it and sending refuses it.
/// </summary>
public sealed class PlaceholderValues(AppDbContext db, TimeProvider clock)
{
    public const int DiaryDays = 7;

    public async Task<IReadOnlyDictionary<string, string?>> ForAsync(Patient patient, CultureInfo culture, CancellationToken ct)
    {
        var today = ClinicCalendar.DateOf(clock.GetUtcNow());
        var from = today.AddDays(1 - DiaryDays);
        var goal = await db.Goals.Where(g => g.PatientId == patient.Id).OrderBy(g => g.Position).Select(g => g.Text).FirstOrDefaultAsync(ct);
        var days = await db.SleepWakeEntries.Where(e => e.PatientId == patient.Id && e.Day >= from && e.Day <= today).Select(e => e.Day)
            .Union(db.ActivityEntries.Where(e => e.PatientId == patient.Id && e.Day >= from && e.Day <= today).Select(e => e.Day))
            .Union(db.SymptomEntries.Where(e => e.PatientId == patient.Id && e.Day >= from && e.Day <= today).Select(e => e.Day))
            .CountAsync(ct);
        var symptoms = await db.SymptomEntries.Where(e => e.PatientId == patient.Id && e.Day >= from && e.Day <= today)
            .Select(e => new { e.Fatigue, e.Pain }).ToListAsync(ct);
        string? Average(IEnumerable<int?> ratings) =>
            ratings.OfType<int>().ToList() is { Count: > 0 } known ? known.Average().ToString("0.0", culture) : null;

        return new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [Placeholders.FirstName] = patient.GivenName,
            [Placeholders.Goal] = goal,
            [Placeholders.DiaryDays] = days > 0 ? days.ToString(culture) : null,
            [Placeholders.AverageFatigue] = Average(symptoms.Select(s => s.Fatigue)),
            [Placeholders.AveragePain] = Average(symptoms.Select(s => s.Pain)),
        };
    }
}
