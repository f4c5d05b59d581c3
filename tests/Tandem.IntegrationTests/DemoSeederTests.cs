using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Domain.Implementation;
using Tandem.Domain.Measurement;
using Tandem.IntegrationTests.Infrastructure;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Measurement;

namespace Tandem.IntegrationTests;

/// <summary>The demo clinic is seeded whole, once, and its parts agree with each other.</summary>
public sealed class DemoSeederTests(TandemApp app) : IClassFixture<TandemApp>
{
    [Fact]
    public async Task The_demo_seeds_once_and_its_questionnaires_schedules_and_alerts_agree()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var seeder = scope.ServiceProvider.GetRequiredService<DemoSeeder>();
            Assert.True(await seeder.SeedAsync());
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.False(await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync());
        }

        var catalog = app.Services.GetRequiredService<InstrumentCatalog>();
        var lotte = await app.WithDbAsync(db => db.Patients.SingleAsync(p => p.Email == "lotte@demo.tandem.nl"));
        var daan = await app.WithDbAsync(db => db.Patients.SingleAsync(p => p.Email == "daan@demo.tandem.nl"));

        var series = ScaleSeries.Of(catalog.All, await app.WithDbAsync(db => MeasurementHistory.LoadAsync(db, lotte.Id, TestContext.Current.CancellationToken)));
        var phq9 = series.Single(s => s.Instrument.Id == "phq-9");
        Assert.Equal([16d, 12d, 7d], phq9.Points.Select(p => p.Value));
        Assert.Equal((ChangeCategory.ReliableImprovement, true), (phq9.FirstToLatest!.Category, phq9.FirstToLatest.Recovered));
        Assert.Equal(ChangeCategory.NoReliableChange, series.Single(s => s.Instrument.Id == "wsas").FirstToLatest!.Category);

        var (responses, requests) = await app.WithDbAsync(async db =>
            (await db.InstrumentResponses.ToListAsync(), await db.MeasurementRequests.ToListAsync()));
        Assert.All(responses, response => Assert.Contains(requests, r => r.ResponseId == response.Id && r.Id == response.RequestId));
        Assert.All(
            requests.Where(r => !r.IsClosed).GroupBy(r => (r.PatientId, r.InstrumentId, r.Occasion)),
            same => Assert.Single(same));
        Assert.Equal(
            ["gad-7", "rand-36-pf", "rand-36-sf"],
            requests.Where(r => r.PatientId == lotte.Id && !r.IsClosed && r.Occasion == "baseline").Select(r => r.InstrumentId).Order());

        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<MeasurementPlanner>().RefreshAsync(lotte, TestContext.Current.CancellationToken));
        }

        var (alert, recipient, clients) = await app.WithDbAsync(async db => (
            await db.MeasurementAlerts.SingleAsync(),
            await db.AlertRecipients.SingleAsync(),
            await db.ApiClients.CountAsync(c => c.OrganisationId == lotte.OrganisationId)));
        Assert.Equal((daan.Id, AlertKind.RiskAnswer, null), (alert.PatientId, alert.Kind, alert.AcknowledgedAt));
        Assert.Equal((alert.Id, daan.TherapistId), (recipient.AlertId, recipient.UserId));
        Assert.Equal(1, clients);

        var round = await app.WithDbAsync(db => db.CfirRounds.SingleAsync());
        var ratings = await app.WithDbAsync(db => db.CfirRatings.Where(r => r.RoundId == round.Id).ToListAsync());
        var profile = CfirProfile.Of(round.ConstructIds, ratings).ToDictionary(p => p.ConstructId);
        Assert.Equal((Verdict.Barrier, false), (profile["IV.L"].Verdict, profile["IV.L"].Disagreement));
        Assert.True(profile["III.F"].Disagreement);
        Assert.Equal(1, await app.WithDbAsync(db => db.CfirInvitations.CountAsync(i => i.RoundId == round.Id && i.SubmittedAt == null)));

        var (trained, assigned) = await app.WithDbAsync(async db => (
            await db.CourseCompletions.Where(c => c.CourseId == "ecoach").Join(db.Users, c => c.StaffMemberId, u => u.Id, (_, u) => u.Email).SingleAsync(),
            await db.TrainingAssignments.Join(db.Users, a => a.StaffMemberId, u => u.Id, (_, u) => u.Email).SingleAsync()));
        Assert.Equal(("supervisor@demo.tandem.nl", "therapist@demo.tandem.nl"), (trained, assigned));
    }
}
