using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Domain.Accounts;
using Tandem.Domain.Patients;
using Tandem.Domain.Treatment;
using Tandem.IntegrationTests.Infrastructure;
using Tandem.Web.Content;
using Tandem.Web.Data;

namespace Tandem.IntegrationTests.Treatment;

public sealed class DemoTreatmentTests(TandemApp app) : IClassFixture<TandemApp>
{
    private static readonly string[] DemoPatients = ["Lotte", "Daan", "Noah"];

    [Fact]
    public async Task The_demo_patients_get_plausible_treatment_plans()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var now = app.Clock.GetUtcNow();
        await app.WithDbAsync(async db =>
        {
            foreach (var given in DemoPatients)
            {
                db.Patients.Add(new Patient(
                    clinic.OrganisationId, clinic.Team.SiteId, clinic.Team.TeamId, therapist.Id, given, "Demo", $"{given.ToLowerInvariant()}@demo.tandem.nl", now));
            }

            await db.SaveChangesAsync();
            await DemoTreatment.SeedAsync(db, app.Services.GetRequiredService<ProgrammeCatalog>(), now);
        });

        var plans = await app.WithDbAsync(db => db.Enrolments.Include("_modules").AsNoTracking()
            .Join(db.Patients, e => e.PatientId, p => p.Id, (e, p) => new { p.GivenName, Enrolment = e })
            .ToDictionaryAsync(x => x.GivenName, x => x.Enrolment));
        Assert.Equal(["Completed", "Open", "Locked"], plans["Lotte"].Modules.Take(3).Select(m => m.Status.ToString()));
        Assert.Equal("chronic-pain", plans["Daan"].ProgrammeId);
        Assert.True(plans["Daan"].Modules[^1].Added);
        Assert.Equal((UnlockMode.Therapist, GuidanceMode.OnDemand), (plans["Noah"].Unlock, plans["Noah"].Guidance));
        Assert.Equal(1, await app.WithDbAsync(db => db.Adaptations.CountAsync(a => a.Kind == AdaptationKind.Added)));
    }
}
