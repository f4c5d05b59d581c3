using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Integration;
using Tandem.Domain.Measurement;
using Tandem.Web.Content;
using Tandem.Web.Data;

namespace Tandem.Bench;

/// <summary>
/// Questionnaire data for the FHIR scenario: an API client of the organisation with a known token; the bench patient
/// (record number <see cref="BenchAccounts.RecordNumber"/>) with a weekly PHQ-9 and GAD-7 for a year; and three sent
/// questionnaires for every other patient, about 300,000 at 100,000 patients (the design point's year of data,
/// reliability-performance.md B3). Answers come from a seeded generator and are scored by the domain, as in the app.
/// </summary>
public static class BenchQuestionnaires
{
    private const int PatientsPerBatch = 2_000;
    private const int SubjectWeeks = 52;

    public static async Task<int> CreateAsync(AppDbContext db, Guid organisationId, Guid subjectId, Guid createdBy, DateTimeOffset anchor, int seed)
    {
        var loaded = InstrumentLoader.Load(Path.Combine(AppContext.BaseDirectory, "content"));
        var phq9 = loaded.Instruments.SingleOrDefault(i => i.Id == "phq-9");
        var gad7 = loaded.Instruments.SingleOrDefault(i => i.Id == "gad-7");
        if (phq9 is null || gad7 is null)
        {
            throw new InvalidOperationException($"PHQ-9 and GAD-7 must load from the content folder: {string.Join("; ", loaded.Errors)}");
        }

        var (client, _) = ApiClient.Create(organisationId, "Bench EHR (generated)", ApiScope.All, createdBy, anchor, BenchAccounts.ApiToken);
        db.ApiClients.Add(client);
        (await db.Patients.SingleAsync(p => p.Id == subjectId)).SetRecordNumber(BenchAccounts.RecordNumber);

        var random = new Random(seed);
        var written = 0;
        void Send(Guid patientId, Instrument instrument, DateTimeOffset at)
        {
            var response = new InstrumentResponse(patientId, instrument, "en", at.AddMinutes(-6));
            var answers = instrument.Items.ToDictionary(item => item.Id, item => item.Values[random.Next(item.Values.Count)]);
            response.Save(instrument, answers, screen: 0, at.AddMinutes(-1));
            db.InstrumentResponses.Add(response);
            db.InstrumentScores.AddRange(response.Submit(instrument, at));
            written++;
        }

        for (var week = SubjectWeeks; week > 0; week--)
        {
            Send(subjectId, phq9, anchor.AddDays(-7 * week));
            Send(subjectId, gad7, anchor.AddDays(-7 * week).AddMinutes(5));
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var others = await db.Patients.Where(p => p.Id != subjectId).OrderBy(p => p.Email).Select(p => new { p.Id, p.CreatedAt }).ToListAsync();
        foreach (var batch in others.Chunk(PatientsPerBatch))
        {
            foreach (var patient in batch)
            {
                var baseline = patient.CreatedAt.AddDays(random.Next(1, 14));
                Send(patient.Id, phq9, baseline);
                Send(patient.Id, gad7, baseline.AddMinutes(5));
                Send(patient.Id, phq9, baseline.AddDays(56));
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        return written;
    }
}
