using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Domain;
using Tandem.Domain.Access;
using Tandem.Domain.Accounts;
using Tandem.Domain.Guidance;
using Tandem.Domain.Measurement;
using Tandem.Domain.Organisations;
using Tandem.IntegrationTests.Fhir;
using Tandem.IntegrationTests.Infrastructure;
using Tandem.Web.Content;
using Tandem.Web.Guidance;

namespace Tandem.IntegrationTests.Guidance;

public sealed class WorklistTests(TandemApp app) : IClassFixture<TandemApp>
{
    [Fact]
    public async Task Sent_work_is_due_on_the_worklist_turns_overdue_after_three_working_days_and_clears_with_feedback()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var patient = await app.CreatePatientAsync(clinic, therapist);
        var submissionId = await app.SendModule1Async(patient.Id);

        var due = Assert.Single(await ItemsAsync(clinic, therapist), i => i.SubjectId == submissionId);
        Assert.Equal((WorkKind.FeedbackDue, patient.Id), (due.Kind, due.PatientId));
        Assert.Equal(due.Deadline!.Due, WorkingCalendar.WeekdaysOnly.AddWorkingDays(ClinicCalendar.DateOf(app.Clock.GetUtcNow()), 3));

        app.Clock.Advance(TimeSpan.FromDays(8));
        Assert.Equal(WorkKind.FeedbackOverdue, Assert.Single(await ItemsAsync(clinic, therapist), i => i.SubjectId == submissionId).Kind);

        await app.WithDbAsync(async db =>
        {
            (await db.Submissions.SingleAsync(s => s.Id == submissionId)).GiveFeedback("Well done.", therapist.Id, needsApproval: false, app.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });
        Assert.DoesNotContain(await ItemsAsync(clinic, therapist), i => i.SubjectId == submissionId);
    }

    [Fact]
    public async Task Alerts_quiet_patients_and_overdue_questionnaires_appear_in_that_order_only_for_the_treating_therapist()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var colleague = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var alerted = await app.CreatePatientAsync(clinic, therapist);
        var late = await app.CreatePatientAsync(clinic, therapist);
        var quiet = await app.CreatePatientAsync(clinic, therapist);
        var now = app.Clock.GetUtcNow();
        var today = ClinicCalendar.DateOf(now);
        var responseId = await app.ScoredResponseAsync(alerted.Id, "phq-9", 1);
        var (alertId, requestId) = await app.WithDbAsync(async db =>
        {
            var phq9 = app.Services.GetRequiredService<InstrumentCatalog>().Find("phq-9")!;
            var alert = MeasurementAlert.ForRisk(await db.InstrumentResponses.SingleAsync(r => r.Id == responseId), phq9.Risks[0], 1, now);
            var request = new MeasurementRequest(late.Id, "gad-7", "baseline", today.AddDays(-20), today.AddDays(-6), now.AddDays(-20));
            db.MeasurementAlerts.Add(alert);
            db.MeasurementRequests.Add(request);
            await db.SaveChangesAsync();
            return (alert.Id, request.Id);
        });
        // Every patient was last seen at activation (now); the quiet one is asked for nothing and stays quiet.
        app.Clock.Advance(TimeSpan.FromDays(8));
        await TouchAsync(alerted.Account!.Id);
        await TouchAsync(late.Account!.Id);

        var items = await ItemsAsync(clinic, therapist);

        Assert.Equal(
            [(WorkKind.Alert, alerted.Id, alertId), (WorkKind.Inactive, quiet.Id, quiet.Id), (WorkKind.QuestionnaireOverdue, late.Id, requestId)],
            items.Select(i => (i.Kind, i.PatientId, i.SubjectId)));
        Assert.Empty(await ItemsAsync(clinic, colleague));

        await app.WithDbAsync(async db =>
        {
            (await db.MeasurementAlerts.SingleAsync(a => a.Id == alertId)).Acknowledge(therapist.Id, "Called; safety plan in place.", app.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });
        Assert.DoesNotContain(await ItemsAsync(clinic, therapist), i => i.Kind == WorkKind.Alert);

        await app.WithDbAsync(async db =>
        {
            (await db.MeasurementRequests.SingleAsync(r => r.Id == requestId)).Cancel(therapist.Id, "Asked by phone instead.", app.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });
        await TouchAsync(quiet.Account!.Id);
        Assert.Empty(await ItemsAsync(clinic, therapist));
    }

    [Fact]
    public async Task A_covering_therapist_finds_the_covered_caseloads_work_on_their_start_page_only_while_the_cover_runs()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var cover = await app.CreateStaffAsync(clinic, [Role.Therapist], team: clinic.OtherTeam);
        var submissionId = await app.SendModule1Async((await app.CreatePatientAsync(clinic, therapist)).Id);
        await app.WithDbAsync(async db =>
        {
            var today = ClinicCalendar.DateOf(app.Clock.GetUtcNow());
            db.CoverPeriods.Add(new CoverPeriod(clinic.OrganisationId, therapist.Id, cover.Id, today, today, therapist.Id, app.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
        });
        using var client = app.NewClient();
        await client.SignInStaffAsync(cover);
        var link = $"a[href='/Staff/Submissions/Detail/{submissionId}']";

        Assert.NotNull((await client.GetPageAsync("/Staff")).Page.QuerySelector(link));

        await app.WithDbAsync(db => db.CoverPeriods.Where(c => c.CoveringTherapistId == cover.Id).ExecuteDeleteAsync());
        Assert.Null((await client.GetPageAsync("/Staff")).Page.QuerySelector(link));
    }

    [Fact]
    public async Task The_therapists_start_page_shows_the_counts_and_a_link_to_write_the_feedback_and_the_search_is_audited()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var patient = await app.CreatePatientAsync(clinic, therapist);
        var submissionId = await app.SendModule1Async(patient.Id);
        using var client = app.NewClient();
        await client.SignInStaffAsync(therapist);

        var (_, page) = await client.GetPageAsync("/Staff");

        Assert.Equal("1", page.QuerySelector(".worklist-feedbackdue .count")!.TextContent);
        Assert.NotNull(page.QuerySelector($"a[href='/Staff/Submissions/Detail/{submissionId}']"));
        Assert.Contains(patient.GivenName, page.QuerySelector("table.worklist")!.TextContent, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.UserId == therapist.Id && e.ObjectType == "Worklist")));
    }

    private async Task<IReadOnlyList<WorkItem>> ItemsAsync(Clinic clinic, TestUser therapist)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var viewer = new Viewer(therapist.Id, clinic.OrganisationId, clinic.Team.SiteId, clinic.Team.TeamId, new HashSet<Role> { Role.Therapist }, MfaVerified: true);
        return (await scope.ServiceProvider.GetRequiredService<Worklist>().LoadAsync(viewer, TestContext.Current.CancellationToken)).Items;
    }

    /// <summary>The patient uses Tandem now: a session seen at the clock's time.</summary>
    private Task TouchAsync(Guid userId) => app.WithDbAsync(async db =>
    {
        db.UserSessions.Add(new UserSession(userId, isStaff: false, app.Clock.GetUtcNow()));
        await db.SaveChangesAsync();
    });
}
