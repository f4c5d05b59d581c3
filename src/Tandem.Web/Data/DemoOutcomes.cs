using Microsoft.EntityFrameworkCore;
using Tandem.Domain;
using Tandem.Domain.Guidance;
using Tandem.Domain.Measurement;
using Tandem.Domain.Patients;
using Tandem.Domain.Treatment;
using Tandem.Web.Content;

namespace Tandem.Web.Data;

/// <summary>
/// Former demo patients whose CFS treatment ended over the last months, so the RE-AIM dashboard has a history: mostly
/// completed, two stopped early and one stepped up, each with registered time and a CIS before and after. Their accounts
/// are gone (closed records keep their history, not their sign-in).
/// </summary>
public static class DemoOutcomes
{
    private static readonly string[] Names = ["Bram Vos", "Mila Kok", "Sem Jacobs", "Tess Mertens", "Luuk Dekker", "Zoë Willems", "Finn Maas", "Sara Postma"];

    public static async Task SeedAsync(AppDbContext db, ProgrammeCatalog catalog, InstrumentCatalog instruments, DateTimeOffset now)
    {
        if (catalog.Find("cfs") is not { } cfs || await db.Enrolments.AnyAsync(e => e.EndedAt != null))
        {
            return;
        }

        var cis = instruments.Find("cis");
        var therapists = await db.Patients.Where(p => p.Email == "lotte@demo.tandem.nl" || p.Email == "noah@demo.tandem.nl")
            .Select(p => new { p.OrganisationId, p.SiteId, p.TeamId, p.TherapistId }).ToListAsync();
        for (var i = 0; i < Names.Length && therapists.Count > 0; i++)
        {
            var home = therapists[i % therapists.Count];
            var created = now.AddDays(-200 + (15 * i));
            var (given, family) = (Names[i].Split(' ')[0], Names[i].Split(' ')[1]);
            var patient = new Patient(home.OrganisationId, home.SiteId, home.TeamId, home.TherapistId, given, family,
                $"former{i + 1}@demo.tandem.nl", created);
            var entry = db.Patients.Add(patient);
            entry.Property(p => p.ActivatedAt).CurrentValue = created.AddDays(2);
            entry.Property(p => p.Status).CurrentValue = PatientStatus.Closed;

            var started = created.AddDays(7);
            var enrolment = DemoTreatment.Enrol(db, patient, cfs, DemoTreatment.Choices(UnlockMode.OnCompletion, started), started);
            var ending = i switch { 3 or 7 => TreatmentEnding.StoppedEarly, 5 => TreatmentEnding.SteppedUp, _ => TreatmentEnding.Completed };
            var ended = started.AddDays(ending == TreatmentEnding.StoppedEarly ? 30 : 84);
            enrolment.End(ending, home.TherapistId, ending == TreatmentEnding.Completed ? null : "Demo: see the patient's record.", ended);

            for (var week = 0; (week * 7) < (ended - started).TotalDays; week += 2)
            {
                db.TimeEntries.Add(TimeEntry.Manual(home.OrganisationId, home.TherapistId, patient.Id,
                    ClinicCalendar.DateOf(started.AddDays(week * 7)), TimeKind.Phone, 10 + (i % 3 * 5), started.AddDays(week * 7)));
            }

            if (cis is not null)
            {
                Send(db, patient.Id, enrolment.Id, cis, "baseline", improvedItems: 0, started);
                Send(db, patient.Id, enrolment.Id, cis, "end", improvedItems: ending == TreatmentEnding.Completed ? 12 + (i % 3 * 2) : 3, ended.AddDays(-1));
            }
        }

        await db.SaveChangesAsync();
    }

    /// <summary>The CIS asked at an occasion and sent, with its first <paramref name="improvedItems"/> items at their best score and the rest at their worst.</summary>
    private static void Send(AppDbContext db, Guid patientId, Guid enrolmentId, Instrument cis, string occasion, int improvedItems, DateTimeOffset at)
    {
        var day = ClinicCalendar.DateOf(at);
        var request = new MeasurementRequest(patientId, cis.Id, occasion, day.AddDays(-1), day.AddDays(13), at.AddDays(-1), enrolmentId: enrolmentId);
        db.MeasurementRequests.Add(request);
        var answers = cis.Items.Select((item, index) => (item, index))
            .ToDictionary(x => x.item.Id, x => x.index < improvedItems ? x.item.Values.MinBy(x.item.ScoreOf) : x.item.Values.MaxBy(x.item.ScoreOf));
        var response = new InstrumentResponse(patientId, cis, "nl", at.AddMinutes(-10), request.Id);
        response.Save(cis, answers, screen: 0, at.AddMinutes(-1));
        db.InstrumentResponses.Add(response);
        db.InstrumentScores.AddRange(response.Submit(cis, at));
        request.Complete(response, at);
    }
}
