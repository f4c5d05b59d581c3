using Microsoft.EntityFrameworkCore;
using Tandem.Domain;
using Tandem.Domain.Access;
using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;
using Tandem.Domain.Patients;
using Tandem.Domain.Programmes;
using Tandem.Domain.Treatment;
using Tandem.Web.Content;

namespace Tandem.Web.Data;

/// <summary>
/// Demo treatment plans, after <see cref="DemoSeeder"/> made the patients: Lotte follows CFS (module 1 done,
/// module 2 open), Daan the tailored chronic-pain programme with a module added, Noah starts CFS with his
/// therapist opening the modules.
/// </summary>
public static class DemoTreatment
{
    public static async Task SeedAsync(AppDbContext db, ProgrammeCatalog catalog, DateTimeOffset now)
    {
        if (await db.Enrolments.AnyAsync())
        {
            return;
        }

        var patients = await db.Patients.ToDictionaryAsync(p => p.Email);
        var cfs = catalog.Find("cfs");
        var pain = catalog.Find("chronic-pain");
        if (cfs is null || pain is null)
        {
            return;
        }

        if (patients.GetValueOrDefault("lotte@demo.tandem.nl") is { } lotte)
        {
            var started = now.AddDays(-14);
            var enrolment = Enrol(db, lotte, cfs, Choices(UnlockMode.OnCompletion, started), started);
            enrolment.Complete("cfs-01-getting-started", now.AddDays(-7));
        }

        if (patients.GetValueOrDefault("daan@demo.tandem.nl") is { } daan)
        {
            string[] flags = ["activity-avoidance", "sleep-problems"];
            var started = now.AddDays(-10);
            var enrolment = Enrol(db, daan, pain, Choices(UnlockMode.OnCompletion, started, flags, ModuleProposal.For(pain, flags)), started);
            enrolment.Add(pain, "pain-06-flare-ups", daan.TherapistId, "Flare-ups came up in the kick-off session.", now.AddDays(-9));
        }

        if (patients.GetValueOrDefault("noah@demo.tandem.nl") is { } noah)
        {
            var started = now.AddDays(-3);
            Enrol(db, noah, cfs, Choices(UnlockMode.Therapist, started) with { Guidance = GuidanceMode.OnDemand }, started);
        }

        await db.SaveChangesAsync();
    }

    internal static Enrolment Enrol(AppDbContext db, Patient patient, Programme programme, EnrolmentChoices choices, DateTimeOffset at)
    {
        var enrolment = Enrolment.Start(patient.Id, programme, choices, patient.TherapistId, at);
        db.Enrolments.Add(enrolment);
        var therapist = new Viewer(patient.TherapistId, patient.OrganisationId, patient.SiteId, patient.TeamId, new HashSet<Role> { Role.Therapist }, MfaVerified: true);
        db.AuditEntries.Add(AuditEntry.Record(
            therapist, Role.Therapist, AuditAction.Create, patient.Id, "Enrolment", enrolment.Id.ToString(), "127.0.0.1", at));
        return enrolment;
    }

    internal static EnrolmentChoices Choices(UnlockMode unlock, DateTimeOffset start, string[]? flags = null, IReadOnlyList<string>? modules = null) => new(
        GuidanceMode.ProtocolDriven,
        unlock,
        null,
        ClinicCalendar.DateOf(start),
        new IntakeChecklist(ProgrammeExplained: true, FormatDiscussed: true, GoalsAgreed: true),
        flags ?? [],
        modules ?? []);
}
