using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Domain;
using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;
using Tandem.Domain.Guidance;
using Tandem.Domain.Measurement;
using Tandem.Domain.Outreach;
using Tandem.Domain.Training;
using Tandem.Domain.Treatment;
using Tandem.IntegrationTests.Infrastructure;
using Tandem.Web.Content;
using Tandem.Web.Reporting;

namespace Tandem.IntegrationTests.Reports;

public sealed class ReAimDashboardTests(TandemApp app) : IClassFixture<TandemApp>
{
    [Fact]
    public async Task The_roll_up_counts_reach_feedback_time_endings_and_change_and_the_manager_downloads_them_as_csv()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist], name: "Tess Therapist");
        var completes = await app.CreatePatientAsync(clinic, therapist);
        var neverSignsUp = await app.CreatePatientAsync(clinic, therapist, withAccount: false);
        var stops = await app.CreatePatientAsync(clinic, therapist);
        var first = await app.EnrolAsync(completes, therapist, "cfs");
        var second = await app.EnrolAsync(stops, therapist, "cfs");
        var submission = await app.SendModule1Async(completes.Id);
        var cis = app.Services.GetRequiredService<InstrumentCatalog>().Find("cis")!;
        var now = app.Clock.GetUtcNow();
        var change = await app.WithDbAsync(async db =>
        {
            (await db.Submissions.SingleAsync(s => s.Id == submission)).GiveFeedback("Well done.", therapist.Id, needsApproval: false, now);
            db.TimeEntries.Add(TimeEntry.Manual(clinic.OrganisationId, therapist.Id, completes.Id, ClinicCalendar.DateOf(now), TimeKind.Phone, 30, now));
            var before = Score(db, completes.Id, cis, worst: true, now.AddDays(-2));
            var after = Score(db, completes.Id, cis, worst: false, now.AddMinutes(-5));
            (await db.Enrolments.SingleAsync(e => e.Id == first)).End(TreatmentEnding.Completed, therapist.Id, null, now);
            (await db.Enrolments.SingleAsync(e => e.Id == second)).End(TreatmentEnding.StoppedEarly, therapist.Id, "Moved abroad.", now);
            db.Referrals.Add(Referral.FromSelf(clinic.OrganisationId, clinic.Team.SiteId, "Ria Referred", "ria@example.nl", null, "cfs", null, consent: true, now));
            var course = app.Services.GetRequiredService<TrainingCatalog>().ECoach;
            db.CourseCompletions.Add(CourseCompletion.For(course, therapist.Id, course.Lessons.Select(l => l.Id), now.AddDays(-40)));
            await db.SaveChangesAsync();
            return after - before;
        });
        await RefreshAsync();
        var managerUser = await app.CreateStaffAsync(clinic, [Role.Manager]);
        using var manager = await StaffAsync(managerUser);

        var reach = await CsvAsync(manager, "reach");
        Assert.Equal(("3", "2", "1", "1"), (reach["invited"], reach["started"], reach["not-started"], reach["no-account"]));
        Assert.Equal(("1", "1", "0.500", "1"), (reach["completed"], reach["stopped-early"], reach["completion-rate"], reach["referrals"]));
        var adoption = await CsvAsync(manager, "adoption");
        Assert.Equal(("1", "1", "1", "1"), (adoption["therapists"], adoption["trained"], adoption["active"], adoption["trained-active"]));
        var implementation = await CsvAsync(manager, "implementation");
        Assert.Equal(("1", "1.000", "0"), (implementation["feedback-given"], implementation["feedback-on-time"], implementation["feedback-median-days"]));
        Assert.Equal(("30.0", "0.500"), (implementation["minutes-per-patient-month"], implementation["dropout-rate"]));
        var effectiveness = await CsvAsync(manager, "effectiveness", "cis/fatigue-severity,");
        Assert.Equal("1", effectiveness["outcomes"]);
        Assert.Equal(change.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture), effectiveness["mean-change"]);
        Assert.Equal("1.000", effectiveness["improved"]);

        var (page, document) = await manager.GetPageAsync("/Staff/Reports/ReAim");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Feedback on time", document.Body!.TextContent, StringComparison.Ordinal);
        var audited = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.UserId == managerUser.Id && e.ObjectType == "ReAimDashboard").Select(e => e.Action).ToListAsync());
        Assert.Contains(AuditAction.Read, audited);
        Assert.Contains(AuditAction.Export, audited);
    }

    [Fact]
    public async Task Therapists_get_no_dashboard_and_units_outside_the_viewers_scope_are_not_found()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var elsewhere = await app.CreateStaffAsync(clinic, [Role.Therapist], team: clinic.OtherTeam);
        using var supervisor = await StaffAsync(await app.CreateStaffAsync(clinic, [Role.Supervisor]));
        using var manager = await StaffAsync(await app.CreateStaffAsync(clinic, [Role.Manager]));
        using var admin = await StaffAsync(await app.CreateStaffAsync(clinic, [Role.OrgAdmin]));
        using var asTherapist = await StaffAsync(therapist);

        (await asTherapist.GetAsync("/Staff/Reports/ReAim")).AssertRedirect("/Account/AccessDenied");
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync($"/Staff/Reports/ReAim?unit=therapist:{therapist.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync($"/Staff/Reports/ReAim?unit=site:{clinic.Team.SiteId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync($"/Staff/Reports/ReAim?unit=therapist:{elsewhere.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/Staff/Reports/ReAim?unit=team:{clinic.Team.TeamId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/Staff/Reports/ReAim?unit=organisation:{clinic.OrganisationId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/Staff/Reports/ReAim?unit=organisation:{clinic.OrganisationId}")).StatusCode);

        // Outcomes per therapist are for supervisors and managers only.
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/Staff/Reports/ReAim?unit=therapist:{therapist.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/Staff/Reports/ReAim?handler=Csv&table=breakdown&unit=therapist:{therapist.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync("/Staff/Reports/ReAim?handler=Csv&table=secrets")).StatusCode);
    }

    [Fact]
    public async Task A_period_in_the_future_reversed_too_long_or_malformed_is_refused_with_a_message()
    {
        var clinic = await app.CreateClinicAsync();
        using var manager = await StaffAsync(await app.CreateStaffAsync(clinic, [Role.Manager]));
        var month = ClinicCalendar.DateOf(app.Clock.GetUtcNow());
        string Iso(DateOnly d) => d.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

        foreach (var query in new[]
        {
            $"from={Iso(month)}&to={Iso(month.AddMonths(1))}",
            $"from={Iso(month)}&to={Iso(month.AddMonths(-2))}",
            $"from={Iso(month.AddMonths(-40))}&to={Iso(month)}",
            "from=last-spring",
            "programme=homeopathy",
        })
        {
            var response = await manager.GetAsync("/Staff/Reports/ReAim?" + query);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.NotEmpty(await FormClient.ErrorsAsync(response));
        }

        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/Staff/Reports/ReAim?from={Iso(month.AddMonths(-11))}&to={Iso(month)}")).StatusCode);
    }

    [Fact]
    public async Task The_therapist_ends_a_treatment_with_how_it_ended_and_a_note_unless_it_was_completed()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var patient = await app.CreatePatientAsync(clinic, therapist);
        var enrolmentId = await app.EnrolAsync(patient, therapist, "cfs");
        using var client = await StaffAsync(therapist);
        var plan = $"/Staff/Treatment/Plan/{patient.Id}";

        var noNote = await client.PostFormAsync(plan, [new("Input.ModuleId", "-"), new("Input.Ending", "StoppedEarly"), new("Input.Reason", "")], plan + "?handler=End");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noNote.StatusCode);
        var noChoice = await client.PostFormAsync(plan, [new("Input.ModuleId", "-"), new("Input.Reason", "Done.")], plan + "?handler=End");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noChoice.StatusCode);
        (await client.PostFormAsync(plan, [new("Input.ModuleId", "-"), new("Input.Ending", "Completed"), new("Input.Reason", "")], plan + "?handler=End")).AssertRedirect(plan);

        var ended = await app.WithDbAsync(db => db.Enrolments.AsNoTracking().SingleAsync(e => e.Id == enrolmentId));
        Assert.Equal((EnrolmentStatus.Ended, TreatmentEnding.Completed, therapist.Id), (ended.Status, ended.Ending, ended.EndedByUserId));
    }

    /// <summary>A sent CIS with every answer at its worst (or best) score; returns the fatigue severity score.</summary>
    private static double Score(Tandem.Web.Data.AppDbContext db, Guid patientId, Instrument instrument, bool worst, DateTimeOffset at)
    {
        var response = new InstrumentResponse(patientId, instrument, "en", at.AddMinutes(-3));
        var scale = instrument.FindScale("fatigue-severity")!;
        var answers = instrument.Items.ToDictionary(i => i.Id, i => worst ? i.Values.MaxBy(i.ScoreOf) : i.Values.MinBy(i.ScoreOf));
        response.Save(instrument, answers, screen: 0, at.AddMinutes(-1));
        db.InstrumentResponses.Add(response);
        var scores = response.Submit(instrument, at);
        db.InstrumentScores.AddRange(scores);
        return scores.Single(s => s.ScaleId == scale.Id).Value;
    }

    private async Task RefreshAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReAimRollup>().RefreshAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>A metric table's CSV as metric → value (for the effectiveness table, the rows of one outcome).</summary>
    private static async Task<Dictionary<string, string>> CsvAsync(FormClient client, string table, string prefix = "")
    {
        var response = await client.GetAsync($"/Staff/Reports/ReAim?handler=Csv&table={table}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        return lines.Skip(1).Where(l => l.StartsWith(prefix, StringComparison.Ordinal))
            .Select(l => l[prefix.Length..].Split(','))
            .ToDictionary(f => f[0], f => f[1]);
    }

    private async Task<FormClient> StaffAsync(TestUser user)
    {
        var client = app.NewClient();
        await client.SignInStaffAsync(user);
        return client;
    }
}
