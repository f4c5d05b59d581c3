using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Domain;
using Tandem.Domain.Access;
using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;
using Tandem.Domain.Measurement;
using Tandem.IntegrationTests.Infrastructure;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Measurement;

namespace Tandem.IntegrationTests.Alerts;

/// <summary>
/// Alerts end to end: a submitted PHQ-9 (through ResponseSubmission, as the answering pages do), the e-mail outbox
/// and escalation driven pass by pass with the fake clock, and the staff pages. Every check looks only at this
/// test's own people, since the class shares one database.
/// </summary>
public sealed class AlertTests(TandemApp app) : IClassFixture<TandemApp>
{
    private const string RiskQuestion = "Thoughts that you would be better off dead or of hurting yourself in some way";

    [Fact]
    public async Task A_PHQ9_with_item_9_above_0_alerts_the_therapist_and_the_cover_by_an_email_without_health_data()
    {
        var (clinic, therapist, patient) = await PatientAsync();
        var cover = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        await SetCoverAsync(therapist, cover);

        await SubmitPhq9Async(clinic, patient, item9: 1);
        await RunAsync();

        var alert = Assert.Single(await AlertsOfAsync(patient));
        Assert.Equal(AlertKind.RiskAnswer, alert.Kind);
        Assert.Equal("9", alert.ItemId);
        foreach (var person in new[] { therapist, cover })
        {
            var mail = app.Mail.SingleTo(person.Email);
            var text = mail.Subject + " " + mail.TextBody;
            Assert.Contains("new alert in Tandem", text, StringComparison.Ordinal);
            SmtpCapture.LinkIn(mail, "/Staff/Alerts");
            foreach (var secret in new[] { patient.GivenName, "Testpatient", "PHQ", "depress", "dead", "item", "risk" })
            {
                Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
            }
        }

        await RunAsync();
        Assert.Single(app.Mail.To(therapist.Email));
    }

    [Fact]
    public async Task A_failing_mail_server_neither_loses_the_alert_nor_the_email()
    {
        var (clinic, therapist, patient) = await PatientAsync();
        app.Mail.Refuse(therapist.Email, 1);

        await SubmitPhq9Async(clinic, patient, item9: 2);
        await RunAsync();
        Assert.Single(await AlertsOfAsync(patient));
        Assert.Empty(app.Mail.To(therapist.Email));

        await RunAsync();
        Assert.Single(app.Mail.To(therapist.Email));
    }

    [Fact]
    public async Task The_alert_shows_on_the_alerts_page_with_question_and_answer_and_as_a_banner_on_the_record()
    {
        var (clinic, therapist, patient) = await PatientAsync();
        await SubmitPhq9Async(clinic, patient, item9: 1);
        using var client = await StaffAsync(therapist);

        var (list, page) = await client.GetPageAsync("/Staff/Alerts");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var card = Assert.Single(page.QuerySelectorAll("article.alert-open"), a => a.TextContent.Contains(patient.GivenName, StringComparison.Ordinal));
        Assert.Contains(RiskQuestion, card.TextContent, StringComparison.Ordinal);
        Assert.Contains("Several days", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("(1 open)", page.QuerySelector("nav.site-nav")!.TextContent, StringComparison.Ordinal);

        var (_, record) = await client.GetPageAsync($"/Staff/Patients/Detail/{patient.Id}");
        var banner = record.QuerySelector(".alert-banner");
        Assert.NotNull(banner);
        Assert.Equal($"/Staff/Alerts/Patient/{patient.Id}", banner.QuerySelector("a")!.GetAttribute("href"));

        var audited = await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.PatientId == patient.Id && e.UserId == therapist.Id
            && e.ObjectType == nameof(MeasurementAlert) && e.Action == AuditAction.Read));
        Assert.True(audited >= 2, "The list and the banner are audited reads.");
    }

    [Fact]
    public async Task A_covering_therapist_sees_the_alert_and_the_record_while_the_cover_runs_and_not_the_record_after_it()
    {
        var (clinic, therapist, patient) = await PatientAsync();
        var cover = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        await SetCoverAsync(therapist, cover);
        await SubmitPhq9Async(clinic, patient, item9: 1);
        using var client = await StaffAsync(cover);

        var (alerts, page) = await client.GetPageAsync($"/Staff/Alerts/Patient/{patient.Id}");
        Assert.Equal(HttpStatusCode.OK, alerts.StatusCode);
        Assert.Contains(RiskQuestion, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"a[href='/Staff/Patients/Detail/{patient.Id}']"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Staff/Patients/Detail/{patient.Id}")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.PatientId == patient.Id && e.UserId == cover.Id
            && e.ObjectType == nameof(MeasurementAlert) && e.Role == Role.Therapist)));

        await app.WithDbAsync(db => db.CoverPeriods.Where(c => c.CoveringTherapistId == cover.Id).ExecuteDeleteAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Staff/Patients/Detail/{patient.Id}")).StatusCode);
    }

    [Fact]
    public async Task Acknowledging_needs_a_note_and_then_leaves_a_trail_of_who_when_and_what()
    {
        var (clinic, therapist, patient) = await PatientAsync();
        await SubmitPhq9Async(clinic, patient, item9: 1);
        var alert = Assert.Single(await AlertsOfAsync(patient));
        using var client = await StaffAsync(therapist);

        var refused = await AcknowledgeAsync(client, alert.Id, "  ");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Write a note", await FormClient.ErrorsAsync(refused), StringComparison.Ordinal);
        Assert.True((await AlertAsync(alert.Id)).IsOpen);

        var tooLong = await AcknowledgeAsync(client, alert.Id, new string('x', AlertRules.MaxNoteLength + 1));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);

        var done = await AcknowledgeAsync(client, alert.Id, "Called the patient; safety plan agreed.");
        done.AssertRedirect("/Staff/Alerts");
        var acknowledged = await AlertAsync(alert.Id);
        Assert.Equal(therapist.Id, acknowledged.AcknowledgedByUserId);
        Assert.Equal("Called the patient; safety plan agreed.", acknowledged.Note);

        var (_, page) = await client.GetPageAsync("/Staff/Alerts");
        Assert.Contains("The alert has been acknowledged.", page.QuerySelector(".flash-info")!.TextContent, StringComparison.Ordinal);
        var trail = Assert.Single(page.QuerySelectorAll("#acknowledged-alerts ~ article"), a => a.Id == $"alert-{alert.Id}");
        Assert.Contains($"Acknowledged by {therapist.DisplayName}", trail.TextContent, StringComparison.Ordinal);
        Assert.Contains("safety plan agreed", trail.TextContent, StringComparison.Ordinal);
        Assert.Null(trail.QuerySelector("form"));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.PatientId == patient.Id && e.UserId == therapist.Id
            && e.ObjectType == nameof(MeasurementAlert) && e.Action == AuditAction.Update && e.ObjectId == alert.Id.ToString())));
    }

    [Fact]
    public async Task Two_therapists_acknowledging_at_once_give_one_winner_and_tell_the_other_who_it_was()
    {
        var (clinic, therapist, patient) = await PatientAsync();
        var cover = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        await SetCoverAsync(therapist, cover);
        await SubmitPhq9Async(clinic, patient, item9: 3);
        var alert = Assert.Single(await AlertsOfAsync(patient));
        using var first = await StaffAsync(therapist);
        using var second = await StaffAsync(cover);

        var answers = await Task.WhenAll(AcknowledgeAsync(first, alert.Id, "Called her."), AcknowledgeAsync(second, alert.Id, "Called her too."));

        Assert.All(answers, a => a.AssertRedirect("/Staff/Alerts"));
        var winner = (await AlertAsync(alert.Id)).AcknowledgedByUserId;
        Assert.Contains(winner, new Guid?[] { therapist.Id, cover.Id });
        var (loser, winnerName) = winner == therapist.Id ? (second, therapist.DisplayName) : (first, cover.DisplayName);
        var (_, page) = await loser.GetPageAsync("/Staff/Alerts");
        Assert.Contains($"already acknowledged by {winnerName}", page.QuerySelector(".flash-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unacknowledged_alert_reaches_the_supervisor_exactly_once_after_the_configured_hours()
    {
        var (clinic, therapist, patient) = await PatientAsync();
        var supervisor = await app.CreateStaffAsync(clinic, [Role.Supervisor]);
        var elsewhere = await app.CreateStaffAsync(clinic, [Role.Supervisor], team: clinic.OtherTeam);
        await SubmitPhq9Async(clinic, patient, item9: 1);
        var alert = Assert.Single(await AlertsOfAsync(patient));
        await RunAsync();

        app.Clock.Advance(TimeSpan.FromHours(23.5));
        await RunAsync();
        Assert.Empty(app.Mail.To(supervisor.Email));
        Assert.Null((await AlertAsync(alert.Id)).EscalatedAt);

        app.Clock.Advance(TimeSpan.FromHours(0.5));
        await RunAsync();
        await RunAsync();
        app.Clock.Advance(TimeSpan.FromHours(30));
        await RunAsync();

        var mail = app.Mail.SingleTo(supervisor.Email);
        Assert.DoesNotContain(patient.GivenName, mail.TextBody, StringComparison.Ordinal);
        Assert.Empty(app.Mail.To(elsewhere.Email));
        Assert.Single(app.Mail.To(therapist.Email));
        Assert.NotNull((await AlertAsync(alert.Id)).EscalatedAt);

        using var client = await StaffAsync(supervisor);
        var (_, page) = await client.GetPageAsync("/Staff/Alerts");
        Assert.Single(page.QuerySelectorAll("article.alert-open"), a => a.Id == $"alert-{alert.Id}");
    }

    [Fact]
    public async Task An_acknowledged_alert_is_not_escalated()
    {
        var (clinic, therapist, patient) = await PatientAsync();
        var supervisor = await app.CreateStaffAsync(clinic, [Role.Supervisor]);
        await SubmitPhq9Async(clinic, patient, item9: 1);
        var alert = Assert.Single(await AlertsOfAsync(patient));
        using var client = await StaffAsync(therapist);
        (await AcknowledgeAsync(client, alert.Id, "Seen and handled.")).AssertRedirect("/Staff/Alerts");

        app.Clock.Advance(TimeSpan.FromHours(48));
        await RunAsync();

        Assert.Empty(app.Mail.To(supervisor.Email));
        Assert.Null((await AlertAsync(alert.Id)).EscalatedAt);
    }

    [Fact]
    public async Task A_colleague_outside_the_scope_gets_404_for_the_alerts_and_cannot_acknowledge()
    {
        var (clinic, _, patient) = await PatientAsync();
        var colleague = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        await SubmitPhq9Async(clinic, patient, item9: 1);
        var alert = Assert.Single(await AlertsOfAsync(patient));
        using var client = await StaffAsync(colleague);

        var (_, page) = await client.GetPageAsync("/Staff/Alerts");
        Assert.DoesNotContain(patient.GivenName, page.Body!.TextContent, StringComparison.Ordinal);
        var posted = await client.PostFormAsync("/Staff/Alerts", [new("Input.AlertId", alert.Id.ToString()), new("Input.Note", "Not mine")], "/Staff/Alerts?handler=Acknowledge");
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.True((await AlertAsync(alert.Id)).IsOpen);
    }

    [Fact]
    public async Task A_reliable_deterioration_since_the_first_score_raises_an_alert_with_baseline_latest_and_RCI()
    {
        var (clinic, therapist, patient) = await PatientAsync();
        await SubmitPhq9Async(clinic, patient, item9: 0, others: 0);
        app.Clock.Advance(TimeSpan.FromDays(14));
        await SubmitPhq9Async(clinic, patient, item9: 0, others: 1);

        var alert = Assert.Single(await AlertsOfAsync(patient));
        Assert.Equal(AlertKind.ReliableDeterioration, alert.Kind);
        Assert.Equal((0.0, 8.0), (alert.Baseline, alert.Latest));
        using var client = await StaffAsync(therapist);
        var (_, page) = await client.GetPageAsync($"/Staff/Alerts/Patient/{patient.Id}");
        var card = page.QuerySelector($"#alert-{alert.Id}")!;
        Assert.Contains("Reliable deterioration", card.TextContent, StringComparison.Ordinal);
        Assert.Contains(alert.ChangeIndex!.Value.ToString("0.00", CultureInfo.GetCultureInfo("en")), card.TextContent, StringComparison.Ordinal);
    }

    private async Task<(Clinic Clinic, TestUser Therapist, TestPatient Patient)> PatientAsync()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        return (clinic, therapist, await app.CreatePatientAsync(clinic, therapist));
    }

    /// <summary>A PHQ-9 answered and submitted by the patient, as the answering pages do: ResponseSubmission, one SaveChanges.</summary>
    private async Task SubmitPhq9Async(Clinic clinic, TestPatient patient, int item9, int others = 0)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var phq9 = scope.ServiceProvider.GetRequiredService<InstrumentCatalog>().Find("phq-9")!;
        var record = await db.Patients.SingleAsync(p => p.Id == patient.Id);
        var now = app.Clock.GetUtcNow();
        var response = new InstrumentResponse(patient.Id, phq9, Language.English, now);
        var answers = phq9.Items.ToDictionary(i => i.Id, i => i.Id == "9" ? item9 : others);
        Assert.Empty(response.Save(phq9, answers, screen: 0, now));
        db.InstrumentResponses.Add(response);
        var viewer = new Viewer(patient.User.Id, clinic.OrganisationId, clinic.Team.SiteId, clinic.Team.TeamId, new HashSet<Role> { Role.Patient }, MfaVerified: false);
        await scope.ServiceProvider.GetRequiredService<ResponseSubmission>().SubmitAsync(viewer, record, response, phq9);
        await db.SaveChangesAsync();
    }

    private async Task SetCoverAsync(TestUser therapist, TestUser cover)
    {
        using var client = await StaffAsync(therapist);
        var today = ClinicCalendar.DateOf(app.Clock.GetUtcNow()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var saved = await client.PostFormAsync(
            "/Staff/Cover",
            ("Input.TherapistId", therapist.Id.ToString()), ("Input.CoveringTherapistId", cover.Id.ToString()), ("Input.From", today), ("Input.Until", today));
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, await FormClient.ErrorsAsync(saved));
    }

    private static Task<HttpResponseMessage> AcknowledgeAsync(FormClient client, Guid alertId, string note) =>
        client.PostFormAsync("/Staff/Alerts", [new("Input.AlertId", alertId.ToString()), new("Input.Note", note)], "/Staff/Alerts?handler=Acknowledge");

    private async Task RunAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AlertDispatcher>().RunOnceAsync(TestContext.Current.CancellationToken);
    }

    private Task<List<MeasurementAlert>> AlertsOfAsync(TestPatient patient) =>
        app.WithDbAsync(db => db.MeasurementAlerts.AsNoTracking().Where(a => a.PatientId == patient.Id).ToListAsync());

    private Task<MeasurementAlert> AlertAsync(Guid id) =>
        app.WithDbAsync(db => db.MeasurementAlerts.AsNoTracking().SingleAsync(a => a.Id == id));

    private async Task<FormClient> StaffAsync(TestUser user)
    {
        var client = app.NewClient();
        await client.SignInStaffAsync(user);
        return client;
    }
}
