using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Measurement;
using Tandem.Web.Content;

namespace Tandem.Web.Data;

/// <summary>
/// Daan answered the PHQ-9 twice: four weeks ago (total 9) and three hours ago (total 12, item 9 "Several days").
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

        var first = Submit(db, daan.Id, phq9, now.AddDays(-28), [1, 1, 1, 2, 1, 1, 1, 1, 0, 1]);
        var latest = Submit(db, daan.Id, phq9, now.AddHours(-3), [1, 2, 1, 2, 2, 1, 1, 1, 1, 1]);
        foreach (var alert in AlertRules.For(phq9, latest.Response, latest.Scores, first.Scores, deterioration: true, now.AddHours(-3)))
        {
            db.MeasurementAlerts.Add(alert);
            db.AlertRecipients.Add(new AlertRecipient(alert.Id, daan.TherapistId, AlertReason.Therapist, now.AddHours(-3)));
        }

        await db.SaveChangesAsync();
    }

    private static (InstrumentResponse Response, IReadOnlyList<InstrumentScore> Scores) Submit(AppDbContext db, Guid patientId, Instrument instrument, DateTimeOffset at, int[] values)
    {
        var response = new InstrumentResponse(patientId, instrument, "en", at);
        response.Save(instrument, instrument.Items.Select((item, i) => (item.Id, values[i])).ToDictionary(), screen: 0, at);
        var scores = response.Submit(instrument, at);
        db.InstrumentResponses.Add(response);
        db.InstrumentScores.AddRange(scores);
        return (response, scores);
    }
}
