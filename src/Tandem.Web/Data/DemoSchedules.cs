using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Measurement;
using Tandem.Web.Content;

namespace Tandem.Web.Data;

/// <summary>
/// Questionnaire requests for the demo patients: their programme's schedule as it stands (baseline open, the CIS
/// skipped until imported) and, for Lotte, a PHQ-9 her therapist asked for this week. Call after DemoTreatment.
/// </summary>
public static class DemoSchedules
{
    public static async Task SeedAsync(AppDbContext db, ProgrammeCatalog programmes, InstrumentCatalog instruments, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(programmes);
        ArgumentNullException.ThrowIfNull(instruments);
        var enrolments = await (
                from e in db.Enrolments.Include("_modules")
                join p in db.Patients on e.PatientId equals p.Id
                where p.Email == "lotte@demo.tandem.nl" || p.Email == "daan@demo.tandem.nl"
                select new { Enrolment = e, p.Email, p.TherapistId })
            .ToListAsync();
        if (enrolments.Count == 0 || await db.MeasurementRequests.AnyAsync(r => enrolments.Select(e => e.Enrolment.PatientId).Contains(r.PatientId)))
        {
            return;
        }

        foreach (var item in enrolments)
        {
            if (programmes.Find(item.Enrolment.ProgrammeId) is { } programme)
            {
                // Demo organisations import nothing: only instruments with a shipped wording are asked.
                db.MeasurementRequests.AddRange(MeasurementSchedule.Due(
                    item.Enrolment, programme.Measurement, [], id => instruments.LanguagesOf(id).Count > 0, now));
            }

            if (item.Email == "lotte@demo.tandem.nl")
            {
                var today = Domain.ClinicCalendar.DateOf(now);
                db.MeasurementRequests.Add(MeasurementRequest.AskNow(item.Enrolment.PatientId, "phq-9", today, today.AddDays(6), item.TherapistId, now));
            }
        }

        await db.SaveChangesAsync();
    }
}
