using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Measurement;
using Tandem.Web.Content;

namespace Tandem.Web.Data;

/// <summary>
/// Daan answered the PHQ-9 twice, after <see cref="DemoSchedules"/>: at baseline nine days ago (total 9) and, asked by
/// his therapist, three hours ago (total 12, item 9 "Several days").
/// That raises one open risk-answer alert for his therapist (3 points is no reliable deterioration: the threshold is
/// about 3.2), shown on /Staff/Alerts and as a banner on his record. Call after the demo patients exist.
/// </summary>
public static class DemoAlerts
{
    public static async Task SeedAsync(AppDbContext db, InstrumentCatalog instruments, DateTimeOffset now)
    {
        var daan = await db.Patients.SingleOrDefaultAsync(p => p.Email == "daan@demo.tandem.nl");
        if (daan is null || instruments.Find("phq-9") is not { } phq9 || await db.MeasurementAlerts.AnyAsync(a => a.PatientId == daan.Id))
        {
            return;
        }

        var first = await DemoAnswers.AnswerAsync(db, daan.Id, phq9, "baseline", [1, 1, 1, 2, 1, 1, 1, 1, 0, 1], now.AddDays(-9));
        var latest = await DemoAnswers.AnswerAsync(db, daan.Id, phq9, MeasurementSchedule.OnRequest, [1, 2, 1, 2, 2, 1, 1, 1, 1, 1], now.AddHours(-3), daan.TherapistId);
        foreach (var alert in AlertRules.For(phq9, latest.Response, latest.Scores, first.Scores, deterioration: true, now.AddHours(-3)))
        {
            db.MeasurementAlerts.Add(alert);
            db.AlertRecipients.Add(new AlertRecipient(alert.Id, daan.TherapistId, AlertReason.Therapist, now.AddHours(-3)));
        }

        await db.SaveChangesAsync();
    }
}
