using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Measurement;
using Tandem.Web.Content;

namespace Tandem.Web.Data;

/// <summary>
/// Questionnaires for Lotte (CFS), after <see cref="DemoSchedules"/>: PHQ-9 and WSAS at baseline (answering her
/// schedule's requests), a PHQ-9 her therapist asked for a week later, and PHQ-9 and WSAS two days ago. PHQ-9 falls
/// from 16 to 7 (reliable improvement and recovery with the shipped norm data); WSAS falls from 28 to 24 (no reliable
/// change). The rest of her baseline stays open. Fixed answers, so demos repeat.
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

        var therapist = lotte.TherapistId;
        await DemoAnswers.AnswerAsync(db, lotte.Id, phq9, "baseline", [2, 2, 2, 2, 2, 2, 2, 2, 0, 2], now.AddDays(-13));
        await DemoAnswers.AnswerAsync(db, lotte.Id, wsas, "baseline", [6, 6, 5, 6, 5], now.AddDays(-13).AddMinutes(4));
        await DemoAnswers.AnswerAsync(db, lotte.Id, phq9, MeasurementSchedule.OnRequest, [2, 1, 2, 2, 1, 1, 2, 1, 0, 1], now.AddDays(-6), therapist);
        await DemoAnswers.AnswerAsync(db, lotte.Id, phq9, MeasurementSchedule.OnRequest, [1, 1, 1, 1, 1, 0, 1, 1, 0, 1], now.AddDays(-2), therapist);
        await DemoAnswers.AnswerAsync(db, lotte.Id, wsas, MeasurementSchedule.OnRequest, [5, 5, 5, 5, 4], now.AddDays(-2).AddMinutes(4), therapist);
        await db.SaveChangesAsync();
    }
}
