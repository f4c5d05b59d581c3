using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Domain;
using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;
using Tandem.Domain.Measurement;
using Tandem.Domain.Reminders;
using Tandem.Domain.Treatment;
using Tandem.IntegrationTests.Infrastructure;
using Tandem.Web.Content;
using Tandem.Web.Measurement;
using Tandem.Web.Reminders;

namespace Tandem.IntegrationTests.Measurement;

/// <summary>Measurement schedules materialised on read, the therapist's override, questionnaire reminders and stepped care.</summary>
public sealed class ScheduleTests(TandemApp app) : IClassFixture<TandemApp>
{
    private static readonly string[] CfsBaseline = ["gad-7", "phq-9", "rand-36-pf", "rand-36-sf", "wsas"];

    [Fact]
    public async Task Baseline_requests_appear_once_the_therapist_opens_the_schedule_and_the_licensed_CIS_is_noted_as_skipped()
    {
        var (client, _, patient, enrolmentId) = await EnrolledAsync("cfs");
        using var _ = client;

        var (response, page) = await client.GetPageAsync(PlanUrl(patient.Id));
        await client.GetPageAsync(PlanUrl(patient.Id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var requests = await RequestsAsync(patient.Id);
        Assert.Equal(CfsBaseline, requests.Select(r => r.InstrumentId).Order());
        Assert.All(requests, r => Assert.Equal(("baseline", (Guid?)enrolmentId, RequestStatus.Open), (r.Occasion, r.EnrolmentId, r.StatusOn(Today))));
        Assert.All(requests, r => Assert.Equal(Today.AddDays(13), r.DueUntil));
        Assert.Contains("CIS", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Baseline (start of treatment)", page.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_questionnaire_the_site_switched_off_is_left_out_of_the_schedule()
    {
        var clinic = await app.CreateClinicAsync();
        await app.WithDbAsync(async db =>
        {
            var site = await db.Sites.SingleAsync(s => s.Id == clinic.Team.SiteId);
            site.Configure(site.Settings with { DisabledInstruments = ["phq-9"] });
            await db.SaveChangesAsync();
        });
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var patient = await app.CreatePatientAsync(clinic, therapist);
        await app.EnrolAsync(patient, therapist, "cfs");

        await PlanAsync(patient);

        Assert.Equal(CfsBaseline.Where(i => i != "phq-9"), (await RequestsAsync(patient.Id)).Select(r => r.InstrumentId).Order());
    }

    [Fact]
    public async Task After_module_end_and_follow_up_requests_appear_as_the_modules_are_completed()
    {
        var (client, therapist, patient, enrolmentId) = await EnrolledAsync("cfs");
        client.Dispose();
        await PlanAsync(patient);

        await CompleteAsync(enrolmentId, therapist, upTo: "cfs-05b-low-active");
        await PlanAsync(patient);
        var afterActivity = (await RequestsAsync(patient.Id)).Where(r => r.Occasion == "after-cfs-05-activity").ToList();
        Assert.Equal(["rand-36-pf", "wsas"], afterActivity.Select(r => r.InstrumentId).Order());
        Assert.All(afterActivity, r => Assert.Equal((Today, Today.AddDays(6)), (r.DueFrom, r.DueUntil)));
        Assert.DoesNotContain(await RequestsAsync(patient.Id), r => r.Occasion == "end");

        await CompleteAsync(enrolmentId, therapist, upTo: null);
        await PlanAsync(patient);
        await PlanAsync(patient);

        var requests = await RequestsAsync(patient.Id);
        Assert.Equal(5, requests.Count(r => r.Occasion == "end" && r.DueFrom == Today));
        Assert.Equal(5, requests.Count(r => r.Occasion == "follow-up-3m" && r.DueFrom == Today.AddMonths(3) && r.StatusOn(Today) == RequestStatus.Upcoming));
        Assert.Equal(5, requests.Count(r => r.Occasion == "follow-up-6m" && r.DueFrom == Today.AddMonths(6)));
        Assert.Equal(5 + 2 + 15, requests.Count);
    }

    [Fact]
    public async Task The_reminder_job_plans_a_baseline_for_a_patient_who_never_opened_a_page()
    {
        var (client, _, patient, _) = await EnrolledAsync("chronic-pain");
        client.Dispose();

        await RunRemindersAsync();

        Assert.Equal(["gad-7", "pain-nrs", "phq-9", "tsk", "wsas"], (await RequestsAsync(patient.Id)).Select(r => r.InstrumentId).Order());
    }

    [Fact]
    public async Task Therapist_asks_for_a_questionnaire_now_and_the_request_is_audited()
    {
        var (client, therapist, patient, _) = await EnrolledAsync("cfs");
        using var _ = client;

        var response = await client.PostFormAsync(PlanUrl(patient.Id), [new("Ask.InstrumentId", "sus"), Date("Ask.DueFrom", Today), Date("Ask.DueUntil", Today.AddDays(3))], PlanUrl(patient.Id) + "?handler=Ask");

        response.AssertRedirect(PlanUrl(patient.Id));
        var asked = Assert.Single(await RequestsAsync(patient.Id), r => r.Occasion == MeasurementSchedule.OnRequest);
        Assert.Equal(("sus", (Guid?)therapist.Id, Today.AddDays(3)), (asked.InstrumentId, asked.RequestedByUserId, asked.DueUntil));
        var audit = Assert.Single(await EntriesAsync(therapist.Id, AuditAction.Create));
        Assert.Equal(("MeasurementRequest", asked.Id.ToString(), patient.Id), (audit.ObjectType, audit.ObjectId, audit.PatientId));
    }

    [Theory]
    [InlineData("cis", 0, 3, "imported")]
    [InlineData("phq-9", 0, -1, "ends today or later")]
    [InlineData("phq-9", 0, 120, "at most 90 days")]
    public async Task Asking_for_a_licensed_questionnaire_or_with_a_bad_window_is_refused_with_a_message(string instrument, int from, int until, string message)
    {
        var (client, therapist, patient, _) = await EnrolledAsync("cfs");
        using var _ = client;

        var response = await client.PostFormAsync(PlanUrl(patient.Id), [new("Ask.InstrumentId", instrument), Date("Ask.DueFrom", Today.AddDays(from)), Date("Ask.DueUntil", Today.AddDays(until))], PlanUrl(patient.Id) + "?handler=Ask");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, await FormClient.ErrorsAsync(response), StringComparison.Ordinal);
        Assert.DoesNotContain(await RequestsAsync(patient.Id), r => r.Occasion == MeasurementSchedule.OnRequest);
        Assert.Empty(await EntriesAsync(therapist.Id, AuditAction.Create));
    }

    [Fact]
    public async Task Therapist_cancels_a_request_with_a_reason_and_moves_another_and_both_are_audited()
    {
        var (client, therapist, patient, _) = await EnrolledAsync("cfs");
        using var _ = client;
        await client.GetPageAsync(PlanUrl(patient.Id));
        var (phq, gad) = await app.WithDbAsync(async db => (
            await db.MeasurementRequests.SingleAsync(r => r.PatientId == patient.Id && r.InstrumentId == "phq-9"),
            await db.MeasurementRequests.SingleAsync(r => r.PatientId == patient.Id && r.InstrumentId == "gad-7")));

        var noReason = await client.PostFormAsync(PlanUrl(patient.Id), [new("Change.RequestId", phq.Id.ToString()), new("Change.Reason", " ")], PlanUrl(patient.Id) + "?handler=Cancel");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);

        (await client.PostFormAsync(PlanUrl(patient.Id), [new("Change.RequestId", phq.Id.ToString()), new("Change.Reason", "Filled in on paper")], PlanUrl(patient.Id) + "?handler=Cancel"))
            .AssertRedirect(PlanUrl(patient.Id));
        (await client.PostFormAsync(PlanUrl(patient.Id), [new("Change.RequestId", gad.Id.ToString()), Date("Change.DueFrom", Today.AddDays(7)), Date("Change.DueUntil", Today.AddDays(20))], PlanUrl(patient.Id) + "?handler=Move"))
            .AssertRedirect(PlanUrl(patient.Id));

        var requests = await RequestsAsync(patient.Id);
        var cancelled = requests.Single(r => r.Id == phq.Id);
        var moved = requests.Single(r => r.Id == gad.Id);
        Assert.Equal((RequestStatus.Cancelled, "Filled in on paper", (Guid?)therapist.Id), (cancelled.StatusOn(Today), cancelled.CancelReason, cancelled.CancelledByUserId));
        Assert.Equal((Today.AddDays(7), Today.AddDays(20), (Guid?)therapist.Id), (moved.DueFrom, moved.DueUntil, moved.MovedByUserId));
        Assert.Equal(2, (await EntriesAsync(therapist.Id, AuditAction.Update)).Count(e => e.ObjectType == "MeasurementRequest"));

        var again = await client.PostFormAsync(PlanUrl(patient.Id), [new("Change.RequestId", phq.Id.ToString()), Date("Change.DueFrom", Today), Date("Change.DueUntil", Today.AddDays(3))], PlanUrl(patient.Id) + "?handler=Move");
        again.AssertRedirect(PlanUrl(patient.Id));
        Assert.Equal(phq.DueUntil, (await RequestsAsync(patient.Id)).Single(r => r.Id == phq.Id).DueUntil);
    }

    [Fact]
    public async Task A_supervisor_reads_the_schedule_but_may_not_change_it()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var supervisor = await app.CreateStaffAsync(clinic, [Role.Supervisor], team: clinic.Team);
        var patient = await app.CreatePatientAsync(clinic, therapist);
        await app.EnrolAsync(patient, therapist, "cfs");
        using var client = app.NewClient();
        await client.SignInStaffAsync(supervisor);

        var (read, page) = await client.GetPageAsync(PlanUrl(patient.Id));
        var ask = await client.PostFormAsync(PlanUrl(patient.Id), [new("Ask.InstrumentId", "phq-9"), Date("Ask.DueFrom", Today), Date("Ask.DueUntil", Today)], PlanUrl(patient.Id) + "?handler=Ask");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Null(page.QuerySelector("form[action*=handler]"));
        ask.AssertRedirect("/Account/AccessDenied");
        Assert.DoesNotContain(await RequestsAsync(patient.Id), r => r.Occasion == MeasurementSchedule.OnRequest);
    }

    [Fact]
    public async Task Questionnaire_reminder_is_sent_once_when_a_request_opens_and_once_when_it_is_overdue_without_naming_it()
    {
        var (client, _, patient, _) = await EnrolledAsync("chronic-pain");
        client.Dispose();
        await SilenceOtherRemindersAsync(patient);
        MoveToLocal(new TimeOnly(8, 59));

        await RunRemindersAsync();
        Assert.Empty(Questionnaire(patient));

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await RunRemindersAsync();
        await RunRemindersAsync();
        var mail = Assert.Single(Questionnaire(patient));
        var body = mail.TextBody;
        Assert.Contains("There is a questionnaire waiting for you in Tandem", body, StringComparison.Ordinal);
        Assert.Contains("/Account/SignIn", body, StringComparison.Ordinal);
        Assert.DoesNotContain("PHQ", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("pain", body, StringComparison.OrdinalIgnoreCase);

        app.Clock.Advance(TimeSpan.FromDays(7));
        await RunRemindersAsync();
        Assert.Single(Questionnaire(patient));

        app.Clock.Advance(TimeSpan.FromDays(7));
        await RunRemindersAsync();
        await RunRemindersAsync();
        Assert.Equal(2, Questionnaire(patient).Count);

        app.Clock.Advance(TimeSpan.FromDays(1));
        await RunRemindersAsync();
        Assert.Equal(2, Questionnaire(patient).Count);
        Assert.Equal(2, await app.WithDbAsync(db => db.ReminderJobs.CountAsync(j => j.PatientId == patient.Id && j.Kind == ReminderKind.Questionnaire)));
    }

    [Fact]
    public async Task Stepped_care_is_evaluated_at_the_end_and_the_therapists_decision_is_stored_with_the_eligibility()
    {
        var (client, therapist, patient, enrolmentId) = await EnrolledAsync("cfs");
        using var _ = client;
        var early = await client.PostFormAsync(PlanUrl(patient.Id), [new("Decide.Decision", "StepUp"), new("Decide.Reason", "Too early")], PlanUrl(patient.Id) + "?handler=Decide");
        early.AssertRedirect(PlanUrl(patient.Id));
        Assert.Empty(await app.WithDbAsync(db => db.SteppedCareDecisions.Where(d => d.PatientId == patient.Id).ToListAsync()));

        await CompleteAsync(enrolmentId, therapist, upTo: null);
        await ScoreAsync(patient, "rand-36-pf", answer: 2);
        var (_, page) = await client.GetPageAsync(PlanUrl(patient.Id));
        Assert.Contains("Eligible for stepping up", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var noReason = await client.PostFormAsync(PlanUrl(patient.Id), [new("Decide.Decision", "StepUp"), new("Decide.Reason", "")], PlanUrl(patient.Id) + "?handler=Decide");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        (await client.PostFormAsync(PlanUrl(patient.Id), [new("Decide.Decision", "StepUp"), new("Decide.Reason", "Still limited in daily life")], PlanUrl(patient.Id) + "?handler=Decide"))
            .AssertRedirect(PlanUrl(patient.Id));

        var decision = Assert.Single(await app.WithDbAsync(db => db.SteppedCareDecisions.AsNoTracking().Where(d => d.PatientId == patient.Id).ToListAsync()));
        Assert.Equal((Eligibility.Eligible, StepUpDecision.StepUp, therapist.Id, enrolmentId), (decision.Eligibility, decision.Decision, decision.DecidedByUserId, decision.EnrolmentId));
        Assert.Contains("\"state\":\"NotAvailable\"", decision.Criteria, StringComparison.Ordinal);
        Assert.Contains("\"score\":50", decision.Criteria, StringComparison.Ordinal);
        Assert.Contains(await EntriesAsync(therapist.Id, AuditAction.Create), e => e.ObjectType == "SteppedCareDecision" && e.ObjectId == decision.Id.ToString());
    }

    private DateOnly Today => ClinicCalendar.DateOf(app.Clock.GetUtcNow());

    private static string PlanUrl(Guid patientId) => $"/Staff/Measurements/Plan/{patientId}";

    private static KeyValuePair<string, string> Date(string name, DateOnly day) =>
        new(name, day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    private List<MimeKit.MimeMessage> Questionnaire(TestPatient patient) =>
        [.. app.Mail.To(patient.User.Email).Where(m => m.Subject == "A questionnaire is waiting for you")];

    private async Task<(FormClient Client, TestUser Therapist, TestPatient Patient, Guid EnrolmentId)> EnrolledAsync(string programme)
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var patient = await app.CreatePatientAsync(clinic, therapist);
        var enrolmentId = await app.EnrolAsync(patient, therapist, programme);
        var client = app.NewClient();
        await client.SignInStaffAsync(therapist);
        return (client, therapist, patient, enrolmentId);
    }

    private async Task PlanAsync(TestPatient patient)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Tandem.Web.Data.AppDbContext>();
        var record = await db.Patients.AsNoTracking().SingleAsync(p => p.Id == patient.Id);
        await scope.ServiceProvider.GetRequiredService<MeasurementPlanner>().RefreshAsync(record, TestContext.Current.CancellationToken);
    }

    /// <summary>Completes the open modules in order (choosing the low-active variant) up to and including <paramref name="upTo"/>, or all.</summary>
    private Task CompleteAsync(Guid enrolmentId, TestUser therapist, string? upTo) => app.WithDbAsync(async db =>
    {
        var programme = app.Services.GetRequiredService<ProgrammeCatalog>().Find("cfs")!;
        var enrolment = await db.Enrolments.Include("_modules").SingleAsync(e => e.Id == enrolmentId);
        var now = app.Clock.GetUtcNow();
        while (true)
        {
            if (enrolment.Modules.FirstOrDefault(m => m.StepId == "cfs-05-activity" && m.ModuleId is null) is not null
                && enrolment.Modules.Single(m => m.StepId == "cfs-04-communicating").Status == ModuleStatus.Completed)
            {
                enrolment.ChooseVariant(programme, "cfs-05-activity", "cfs-05b-low-active", therapist.Id, now);
            }

            if (enrolment.Current is not { } current)
            {
                break;
            }

            enrolment.Complete(current.ModuleId!, now);
            if (current.ModuleId == upTo)
            {
                break;
            }
        }

        await db.SaveChangesAsync();
    });

    private Task ScoreAsync(TestPatient patient, string instrumentId, int answer) => app.WithDbAsync(async db =>
    {
        var instrument = app.Services.GetRequiredService<InstrumentCatalog>().Find(instrumentId)!;
        var now = app.Clock.GetUtcNow();
        var response = new InstrumentResponse(patient.Id, instrument, Language.English, now);
        response.Save(instrument, instrument.Items.ToDictionary(i => i.Id, _ => answer), 0, now);
        db.InstrumentResponses.Add(response);
        db.InstrumentScores.AddRange(response.Submit(instrument, now));
        await db.SaveChangesAsync();
    });

    private Task SilenceOtherRemindersAsync(TestPatient patient) => app.WithDbAsync(async db =>
    {
        db.ReminderSettings.Add(new ReminderSettings(patient.Id, ReminderPreferences.Create(false, new TimeOnly(19, 0), null), patient.User.Id, app.Clock.GetUtcNow()));
        await db.SaveChangesAsync();
    });

    private async Task RunRemindersAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReminderDispatcher>().RunOnceAsync(TestContext.Current.CancellationToken);
    }

    private void MoveToLocal(TimeOnly time)
    {
        var local = TimeZoneInfo.ConvertTime(app.Clock.GetUtcNow(), ClinicCalendar.Zone).DateTime;
        var target = local.Date + time.ToTimeSpan();
        if (target <= local)
        {
            target = target.AddDays(1);
        }

        app.Clock.SetUtcNow(new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(target, ClinicCalendar.Zone), TimeSpan.Zero));
    }

    private Task<List<MeasurementRequest>> RequestsAsync(Guid patientId) =>
        app.WithDbAsync(db => db.MeasurementRequests.AsNoTracking().Where(r => r.PatientId == patientId).ToListAsync());

    private Task<List<AuditEntry>> EntriesAsync(Guid userId, AuditAction action) =>
        app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.UserId == userId && e.Action == action).ToListAsync());
}
