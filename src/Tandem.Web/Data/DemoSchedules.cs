using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Measurement;
using Tandem.Web.Content;

namespace Tandem.Web.Data;

/// <summary>
/// Questionnaire requests for the demo patients: their programme's schedule as it stands (baseline open, the CIS
/// skipped until imported). Call after DemoTreatment; DemoMeasurement and DemoAlerts answer some of them.
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
                select e)
            .ToListAsync();
        var patientIds = enrolments.Select(e => e.PatientId).ToList();
        if (enrolments.Count == 0 || await db.MeasurementRequests.AnyAsync(r => patientIds.Contains(r.PatientId)))
        {
            return;
        }

        foreach (var enrolment in enrolments)
        {
            if (programmes.Find(enrolment.ProgrammeId) is { } programme)
            {
                // Demo organisations import nothing: only instruments with a shipped wording are asked.
                db.MeasurementRequests.AddRange(MeasurementSchedule.Due(
                    enrolment, programme.Measurement, [], id => instruments.LanguagesOf(id).Count > 0, now));
            }
        }

        await db.SaveChangesAsync();
    }
}
