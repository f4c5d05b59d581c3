using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Domain;
using Tandem.Domain.Accounts;
using Tandem.Domain.Measurement;
using Tandem.Domain.Patients;
using Tandem.IntegrationTests.Infrastructure;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Measurement;

namespace Tandem.IntegrationTests.Measurement;

public sealed class DemoMeasurementTests(TandemApp app) : IClassFixture<TandemApp>
{
    [Fact]
    public async Task Demo_Lotte_has_three_PHQ9_and_WSAS_scores_one_reliable_improvement_and_an_open_PHQ9()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var now = app.Clock.GetUtcNow();
        var catalog = app.Services.GetRequiredService<InstrumentCatalog>();
        var lotte = new Patient(clinic.OrganisationId, clinic.Team.SiteId, clinic.Team.TeamId, therapist.Id, "Lotte", "Smit", "lotte@demo.tandem.nl", now);
        await app.WithDbAsync(async db =>
        {
            db.Patients.Add(lotte);
            await db.SaveChangesAsync();
            await DemoMeasurement.SeedAsync(db, catalog, now);
            await DemoMeasurement.SeedAsync(db, catalog, now);
        });

        var series = ScaleSeries.Of(catalog.All, await app.WithDbAsync(db => MeasurementHistory.LoadAsync(db, lotte.Id, CancellationToken.None)));
        var phq9 = series.Single(s => s.Instrument.Id == "phq-9");
        var wsas = series.Single(s => s.Instrument.Id == "wsas");
        Assert.Equal([16d, 12d, 7d], phq9.Points.Select(p => p.Value));
        Assert.Equal((ChangeCategory.ReliableImprovement, true), (phq9.FirstToLatest!.Category, phq9.FirstToLatest.Recovered));
        Assert.Equal(ChangeCategory.NoReliableChange, wsas.FirstToLatest!.Category);
        var open = await app.WithDbAsync(db => db.MeasurementRequests.Where(r => r.PatientId == lotte.Id && r.CompletedAt == null).ToListAsync());
        Assert.Equal(("phq-9", RequestStatus.Open), (Assert.Single(open).InstrumentId, open[0].StatusOn(ClinicCalendar.DateOf(now))));
    }
}
