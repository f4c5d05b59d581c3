using Microsoft.EntityFrameworkCore;
using Tandem.Domain;
using Tandem.Domain.Measurement;
using Tandem.Web.Content;

namespace Tandem.Web.Data;

/// <summary>
/// Questionnaires for Lotte (CFS): PHQ-9 and WSAS at baseline, after four weeks and last week. PHQ-9 falls from 16
/// to 7 (reliable improvement and recovery with the shipped norm data); WSAS falls from 28 to 24 (no reliable
/// change). A new PHQ-9 is open for her to fill in. Fixed answers, so demos repeat.
/// </summary>
public static class DemoMeasurement
{
    public static async Task SeedAsync(AppDbContext db, InstrumentCatalog catalog, DateTimeOffset now)
    {
        var lotte = await db.Patients.SingleOrDefaultAsync(p => p.Email == "lotte@demo.tandem.nl");
        var phq9 = catalog.Find("phq-9");
        var wsas = catalog.Find("wsas");
        if (lotte is null || phq9 is null || wsas is null || await db.InstrumentResponses.AnyAsync(r => r.PatientId == lotte.Id))
        {
            return;
        }

        var today = ClinicCalendar.DateOf(now);
        (string Occasion, int DaysAgo, int[] Phq9, int[] Wsas)[] occasions =
        [
            ("baseline", 56, [2, 2, 2, 2, 2, 2, 2, 2, 0, 2], [6, 6, 5, 6, 5]),
            ("week-4", 28, [2, 1, 2, 2, 1, 1, 2, 1, 0, 1], [6, 5, 5, 5, 5]),
            ("week-8", 7, [1, 1, 1, 1, 1, 0, 1, 1, 0, 1], [5, 5, 5, 5, 4]),
        ];
        foreach (var (occasion, daysAgo, phq9Answers, wsasAnswers) in occasions)
        {
            var at = now.AddDays(-daysAgo);
            Answer(db, lotte.Id, phq9, occasion, today.AddDays(-daysAgo), phq9Answers, at);
            Answer(db, lotte.Id, wsas, occasion, today.AddDays(-daysAgo), wsasAnswers, at.AddMinutes(4));
        }

        db.MeasurementRequests.Add(new MeasurementRequest(lotte.Id, phq9.Id, "on-request", today.AddDays(-1), today.AddDays(6), now.AddDays(-1), lotte.TherapistId));
        await db.SaveChangesAsync();
    }

    private static void Answer(AppDbContext db, Guid patientId, Instrument instrument, string occasion, DateOnly day, int[] values, DateTimeOffset at)
    {
        var request = new MeasurementRequest(patientId, instrument.Id, occasion, day, day.AddDays(7), at.AddDays(-1));
        var response = new InstrumentResponse(patientId, instrument, "en", at.AddMinutes(-5), request.Id);
        response.Save(instrument, instrument.Items.Select((item, i) => (item.Id, values[i])).ToDictionary(), 0, at.AddMinutes(-1));
        db.InstrumentScores.AddRange(response.Submit(instrument, at));
        request.Complete(response, at);
        db.MeasurementRequests.Add(request);
        db.InstrumentResponses.Add(response);
    }
}
