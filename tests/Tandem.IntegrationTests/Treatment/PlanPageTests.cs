using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;
using Tandem.Domain.Treatment;
using Tandem.IntegrationTests.Infrastructure;

namespace Tandem.IntegrationTests.Treatment;

public sealed class PlanPageTests(TandemApp app) : IClassFixture<TandemApp>
{
    [Fact]
    public async Task Hiding_a_module_with_a_reason_logs_the_adaptation_and_an_audit_entry()
    {
        var (client, therapist, patient, enrolmentId) = await EnrolledAsync("cfs");
        using var _ = client;

        var response = await ChangeAsync(client, patient.Id, "Hide", "cfs-04-communicating", "Discussed face to face instead.");

        response.AssertRedirect($"/Staff/Treatment/Plan/{patient.Id}");
        var adaptation = Assert.Single(await AdaptationsAsync(enrolmentId));
        Assert.Equal(
            (AdaptationKind.Hidden, "cfs-04-communicating", "Discussed face to face instead.", therapist.Id),
            (adaptation.Kind, adaptation.ModuleId, adaptation.Reason, adaptation.ByUserId));
        var update = Assert.Single(await EntriesAsync(therapist.Id, AuditAction.Update));
        Assert.Equal(("TreatmentPlan", enrolmentId.ToString(), patient.Id), (update.ObjectType, update.ObjectId, update.PatientId));

        var (_, page) = await client.GetPageAsync($"/Staff/Treatment/Plan/{patient.Id}");
        var log = page.QuerySelector("table")!.TextContent;
        Assert.Contains("Discussed face to face instead.", log, StringComparison.Ordinal);
        Assert.Contains(therapist.DisplayName, log, StringComparison.Ordinal);
        Assert.Contains("Hidden from the patient", page.QuerySelector(".plan")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hide")]
    [InlineData("Show")]
    [InlineData("Skip")]
    [InlineData("MoveUp")]
    [InlineData("MoveDown")]
    public async Task A_change_without_a_reason_is_refused_with_a_message_and_nothing_is_logged(string handler)
    {
        var (client, therapist, patient, enrolmentId) = await EnrolledAsync("cfs");
        using var _ = client;

        var response = await ChangeAsync(client, patient.Id, handler, "cfs-02-sleep-wake", "  ");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Give a reason for this change", await FormClient.ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Empty(await AdaptationsAsync(enrolmentId));
        Assert.Empty(await EntriesAsync(therapist.Id, AuditAction.Update));
    }

    [Fact]
    public async Task A_reason_longer_than_1000_characters_is_refused()
    {
        var (client, _, patient, enrolmentId) = await EnrolledAsync("cfs");
        using var __ = client;

        var response = await ChangeAsync(client, patient.Id, "Skip", "cfs-02-sleep-wake", new string('x', 1001));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("at most 1000 characters", await FormClient.ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Empty(await AdaptationsAsync(enrolmentId));
    }

    [Fact]
    public async Task Unlocking_needs_no_reason_and_opens_the_module()
    {
        var (client, _, patient, enrolmentId) = await EnrolledAsync("cfs", UnlockMode.Therapist);
        using var __ = client;

        (await ChangeAsync(client, patient.Id, "Unlock", "cfs-02-sleep-wake", "")).AssertRedirect($"/Staff/Treatment/Plan/{patient.Id}");

        var enrolment = await EnrolmentAsync(enrolmentId);
        Assert.Equal(ModuleStatus.Open, enrolment.Modules[1].Status);
        var adaptation = Assert.Single(await AdaptationsAsync(enrolmentId));
        Assert.Equal((AdaptationKind.Unlocked, (string?)null), (adaptation.Kind, adaptation.Reason));
    }

    [Fact]
    public async Task Moving_skipping_and_adding_change_the_plan_and_each_is_logged()
    {
        var (client, _, patient, enrolmentId) = await EnrolledAsync("chronic-pain", UnlockMode.OnCompletion, "sleep-problems");
        using var __ = client;

        (await ChangeAsync(client, patient.Id, "MoveDown", "pain-09-sleep", "Relapse prevention first.")).AssertRedirect($"/Staff/Treatment/Plan/{patient.Id}");
        (await ChangeAsync(client, patient.Id, "Skip", "pain-00-getting-started", "Covered at the kick-off.")).AssertRedirect($"/Staff/Treatment/Plan/{patient.Id}");
        (await ChangeAsync(client, patient.Id, "Add", "pain-06-flare-ups", "Flare-ups came up.")).AssertRedirect($"/Staff/Treatment/Plan/{patient.Id}");

        var enrolment = await EnrolmentAsync(enrolmentId);
        Assert.Equal(
            ["pain-00-getting-started:Skipped", "pain-10-relapse-prevention:Open", "pain-09-sleep:Locked", "pain-06-flare-ups:Locked"],
            enrolment.Modules.Select(m => $"{m.ModuleId}:{m.Status}"));
        Assert.True(enrolment.Modules[^1].Added);
        Assert.Equal(
            [AdaptationKind.Moved, AdaptationKind.Skipped, AdaptationKind.Added],
            (await AdaptationsAsync(enrolmentId)).OrderBy(a => a.At).ThenBy(a => a.Id).Select(a => a.Kind));
    }

    [Fact]
    public async Task The_therapist_records_the_activity_variant_with_its_basis()
    {
        var (client, _, patient, enrolmentId) = await EnrolledAsync("cfs");
        using var __ = client;
        var (_, page) = await client.GetPageAsync($"/Staff/Treatment/Plan/{patient.Id}");
        Assert.NotNull(page.QuerySelector("input[name='Input.Variant'][value=cfs-05b-low-active]"));

        var token = await EnrolmentPageTests.TokenAsync(client, $"/Staff/Treatment/Plan/{patient.Id}");
        var response = await client.PostAsync($"/Staff/Treatment/Plan/{patient.Id}?handler=Variant",
            [new("Input.ModuleId", "cfs-05-activity"), new("Input.Variant", "cfs-05b-low-active"), new("Input.Reason", "Activity summary: low-active."), new("__RequestVerificationToken", token)]);

        response.AssertRedirect($"/Staff/Treatment/Plan/{patient.Id}");
        Assert.Equal("cfs-05b-low-active", (await EnrolmentAsync(enrolmentId)).Modules[4].ModuleId);
        var adaptation = Assert.Single(await AdaptationsAsync(enrolmentId));
        Assert.Equal((AdaptationKind.VariantChosen, "cfs-05b-low-active", "Activity summary: low-active."), (adaptation.Kind, adaptation.ModuleId, adaptation.Reason));
    }

    [Fact]
    public async Task A_rule_the_page_should_have_prevented_becomes_a_message_not_an_error()
    {
        var (client, _, patient, enrolmentId) = await EnrolledAsync("cfs");
        using var __ = client;

        var response = await ChangeAsync(client, patient.Id, "Unlock", "cfs-01-getting-started", "");

        Assert.Equal($"/Staff/Treatment/Plan/{patient.Id}", response.Headers.Location!.OriginalString);
        var (_, page) = await client.GetPageAsync($"/Staff/Treatment/Plan/{patient.Id}");
        Assert.Contains("already open", page.QuerySelector(".flash-error")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await AdaptationsAsync(enrolmentId));
    }

    [Fact]
    public async Task A_supervisor_sees_the_plan_read_only_and_cannot_change_it()
    {
        var enrolled = await EnrolledAsync("cfs");
        enrolled.Client.Dispose();
        var (patient, enrolmentId) = (enrolled.Patient, enrolled.EnrolmentId);
        var supervisor = await app.CreateStaffAsync(enrolled.Clinic, [Role.Supervisor]);
        using var supervising = app.NewClient();
        await supervising.SignInStaffAsync(supervisor);

        var (get, page) = await supervising.GetPageAsync($"/Staff/Treatment/Plan/{patient.Id}");
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Empty(page.QuerySelectorAll("main form[method=post]"));
        Assert.Contains(await EntriesAsync(supervisor.Id, AuditAction.Read), e => e.ObjectType == "TreatmentPlan" && e.Role == Role.Supervisor);

        var response = await ChangeAsync(supervising, patient.Id, "Hide", "cfs-02-sleep-wake", "Trying.");

        response.AssertRedirect("/Account/AccessDenied");
        Assert.Empty(await AdaptationsAsync(enrolmentId));
        Assert.Empty(await EntriesAsync(supervisor.Id, AuditAction.Update));
    }

    [Fact]
    public async Task A_therapist_of_another_team_cannot_find_the_plan()
    {
        var enrolled = await EnrolledAsync("cfs");
        enrolled.Client.Dispose();
        var (clinic, patient, enrolmentId) = (enrolled.Clinic, enrolled.Patient, enrolled.EnrolmentId);
        var other = await app.CreateStaffAsync(clinic, [Role.Therapist], team: clinic.OtherTeam);
        using var outsider = app.NewClient();
        await outsider.SignInStaffAsync(other);

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/Staff/Treatment/Plan/{patient.Id}")).StatusCode);
        var response = await ChangeAsync(outsider, patient.Id, "Hide", "cfs-02-sleep-wake", "Trying.", tokenPage: "/Staff/Patients");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await AdaptationsAsync(enrolmentId));
    }

    [Fact]
    public async Task Without_an_enrolment_the_plan_page_offers_to_enrol()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var patient = await app.CreatePatientAsync(clinic, therapist);
        using var client = app.NewClient();
        await client.SignInStaffAsync(therapist);

        var (response, page) = await client.GetPageAsync($"/Staff/Treatment/Plan/{patient.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector($"a[href='/Staff/Treatment/Enrol/{patient.Id}']"));
    }

    [Fact]
    public async Task Showing_the_plan_opens_modules_that_became_due_on_the_schedule()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var patient = await app.CreatePatientAsync(clinic, therapist);
        var enrolmentId = await app.EnrolAsync(patient, therapist, "cfs", UnlockMode.Schedule);
        app.Clock.Advance(TimeSpan.FromDays(7));
        using var client = app.NewClient();
        await client.SignInStaffAsync(therapist);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Staff/Treatment/Plan/{patient.Id}")).StatusCode);

        Assert.Equal(ModuleStatus.Open, (await EnrolmentAsync(enrolmentId)).Modules[1].Status);
    }

    private static async Task<HttpResponseMessage> ChangeAsync(FormClient client, Guid patientId, string handler, string moduleId, string reason, string? tokenPage = null)
    {
        var token = await EnrolmentPageTests.TokenAsync(client, tokenPage ?? $"/Staff/Treatment/Plan/{patientId}");
        return await client.PostAsync(
            $"/Staff/Treatment/Plan/{patientId}?handler={handler}",
            [new("Input.ModuleId", moduleId), new("Input.Reason", reason), new("__RequestVerificationToken", token)]);
    }

    private async Task<Enrolled> EnrolledAsync(string programme, UnlockMode unlock = UnlockMode.OnCompletion, params string[] flags)
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var patient = await app.CreatePatientAsync(clinic, therapist);
        var enrolmentId = await app.EnrolAsync(patient, therapist, programme, unlock, flags);
        var client = app.NewClient();
        await client.SignInStaffAsync(therapist);
        return new Enrolled(client, clinic, therapist, patient, enrolmentId);
    }

    private sealed record Enrolled(FormClient Client, Clinic Clinic, TestUser Therapist, TestPatient Patient, Guid EnrolmentId)
    {
        public void Deconstruct(out FormClient client, out TestUser therapist, out TestPatient patient, out Guid enrolmentId) =>
            (client, therapist, patient, enrolmentId) = (Client, Therapist, Patient, EnrolmentId);
    }

    private Task<Enrolment> EnrolmentAsync(Guid id) =>
        app.WithDbAsync(db => db.Enrolments.Include("_modules").AsNoTracking().SingleAsync(e => e.Id == id));

    private Task<List<Adaptation>> AdaptationsAsync(Guid enrolmentId) =>
        app.WithDbAsync(db => db.Adaptations.AsNoTracking().Where(a => a.EnrolmentId == enrolmentId).ToListAsync());

    private Task<List<AuditEntry>> EntriesAsync(Guid userId, AuditAction action) =>
        app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.UserId == userId && e.Action == action).ToListAsync());
}
