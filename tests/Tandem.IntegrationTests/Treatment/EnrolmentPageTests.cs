using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;
using Tandem.Domain.Treatment;
using Tandem.IntegrationTests.Infrastructure;

namespace Tandem.IntegrationTests.Treatment;

public sealed class EnrolmentPageTests(TandemApp app) : IClassFixture<TandemApp>
{
    [Fact]
    public async Task Therapist_enrols_a_patient_in_CFS_and_is_taken_to_the_plan()
    {
        var (client, therapist, patient) = await TherapistWithPatientAsync();
        using var _ = client;

        var (choose, page) = await client.GetPageAsync($"/Staff/Treatment/Enrol/{patient.Id}");
        Assert.Equal(HttpStatusCode.OK, choose.StatusCode);
        Assert.NotNull(page.QuerySelector("input[name=programme][value=cfs]"));

        var response = await client.PostFormAsync(EnrolUrl(patient.Id, "cfs"), Fields("cfs"));

        response.AssertRedirect($"/Staff/Treatment/Plan/{patient.Id}");
        var enrolment = await SingleEnrolmentAsync(patient.Id);
        Assert.Equal(("cfs", GuidanceMode.ProtocolDriven, UnlockMode.OnCompletion, therapist.Id), (enrolment.ProgrammeId, enrolment.Guidance, enrolment.Unlock, enrolment.EnrolledByUserId));
        Assert.Equal(7, enrolment.Modules.Count);
        Assert.Equal(ModuleStatus.Open, enrolment.Modules[0].Status);
        Assert.Null(enrolment.Modules[4].ModuleId);
        var created = await EntriesAsync(therapist.Id, AuditAction.Create);
        Assert.Equal(("Enrolment", enrolment.Id.ToString(), patient.Id), (created.Single().ObjectType, created.Single().ObjectId, created.Single().PatientId));

        var (plan, planPage) = await client.GetPageAsync($"/Staff/Treatment/Plan/{patient.Id}");
        Assert.Equal(HttpStatusCode.OK, plan.StatusCode);
        Assert.Contains("Getting a grip on fatigue", planPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(await EntriesAsync(therapist.Id, AuditAction.Read), e => e.ObjectType == "TreatmentPlan" && e.ObjectId == enrolment.Id.ToString());
    }

    [Fact]
    public async Task Ticking_profile_flags_proposes_modules_which_the_therapist_confirms()
    {
        var (client, _, patient) = await TherapistWithPatientAsync();
        using var __ = client;

        var propose = await client.PostFormAsync(
            EnrolUrl(patient.Id, "chronic-pain"),
            [.. Fields("chronic-pain"), new("Input.Flags", "sleep-problems"), new("Input.Flags", "frequent-flare-ups")],
            $"/Staff/Treatment/Enrol/{patient.Id}?handler=Propose");

        Assert.Equal(HttpStatusCode.OK, propose.StatusCode);
        var page = await FormClient.ParseAsync(propose);
        var ticked = page.QuerySelectorAll("input[name='Input.Modules'][checked]").Select(e => e.GetAttribute("value")).ToList();
        Assert.Equal(["pain-00-getting-started", "pain-06-flare-ups", "pain-09-sleep", "pain-10-relapse-prevention"], ticked);
        Assert.NotNull(page.QuerySelector("input[name='Input.Flags'][value=sleep-problems][checked]"));
        Assert.Equal(EnrolUrl(patient.Id, "chronic-pain"), page.QuerySelector("form.enrol-form")!.GetAttribute("action"));

        // The therapist drops the flare-up module and confirms.
        var confirm = await client.PostFormAsync(
            EnrolUrl(patient.Id, "chronic-pain"),
            [
                .. Fields("chronic-pain"), new("Input.Flags", "sleep-problems"), new("Input.Flags", "frequent-flare-ups"),
                new("Input.Modules", "pain-00-getting-started"), new("Input.Modules", "pain-09-sleep"), new("Input.Modules", "pain-10-relapse-prevention"),
            ]);

        confirm.AssertRedirect($"/Staff/Treatment/Plan/{patient.Id}");
        var enrolment = await SingleEnrolmentAsync(patient.Id);
        Assert.Equal(["pain-00-getting-started", "pain-09-sleep", "pain-10-relapse-prevention"], enrolment.Modules.Select(m => m.ModuleId));
        Assert.Equal(["sleep-problems", "frequent-flare-ups"], enrolment.ProfileFlags);
    }

    [Fact]
    public async Task Enrolling_without_the_full_intake_checklist_is_refused_with_a_message_and_nothing_is_saved()
    {
        var (client, therapist, patient) = await TherapistWithPatientAsync();
        using var _ = client;

        var response = await client.PostFormAsync(EnrolUrl(patient.Id, "cfs"), Fields("cfs", goalsAgreed: false));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Tick all three items of the intake checklist", await FormClient.ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(0, await EnrolmentCountAsync(patient.Id));
        Assert.Empty(await EntriesAsync(therapist.Id, AuditAction.Create));
    }

    [Fact]
    public async Task A_second_enrolment_is_refused_with_a_clear_message()
    {
        var (client, therapist, patient) = await TherapistWithPatientAsync();
        using var _ = client;
        await app.EnrolAsync(patient, therapist, "cfs");

        var (get, page) = await client.GetPageAsync($"/Staff/Treatment/Enrol/{patient.Id}");
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Contains("already follows a programme", page.QuerySelector(".flash-error")!.TextContent, StringComparison.Ordinal);

        var token = await TokenAsync(client, $"/Staff/Patients/Detail/{patient.Id}");
        var response = await client.PostAsync(EnrolUrl(patient.Id, "cfs"), [.. Fields("cfs"), new("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("already follows a programme", await FormClient.ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(1, await EnrolmentCountAsync(patient.Id));
    }

    public static TheoryData<string, string, string> BadInput => new()
    {
        { "Input.ProgrammeId", "no-such-programme", "Choose one of the programmes" },
        { "Input.Unlock", "Schedule|Input.IntervalDays=0", "interval of 1 to 60 days" },
        { "Input.Unlock", "Schedule|Input.IntervalDays=61", "interval of 1 to 60 days" },
        { "Input.Unlock", "Schedule|Input.IntervalDays=", "interval of 1 to 60 days" },
        { "Input.IntervalDays", "lots", "not valid" },
        { "Input.Guidance", "Whenever", "not valid" },
        { "Input.Unlock", "7", "not valid" },
        { "Input.StartsOn", "2099-01-01", "within a year" },
        { "Input.StartsOn", "someday", "not valid" },
        { "Input.Flags", "made-up", "not part of the programme" },
        { "Input.Modules", "made-up", "not part of the programme" },
        { "Input.Modules", "", "at least one module" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_enrolment_input_is_refused_with_a_message_and_never_a_server_error(string field, string value, string message)
    {
        var (client, _, patient) = await TherapistWithPatientAsync();
        using var __ = client;
        var fields = Fields("chronic-pain").ToDictionary(f => f.Key, f => f.Value);
        foreach (var pair in value.Split('|'))
        {
            var (name, text) = pair.Contains('=', StringComparison.Ordinal) ? (pair.Split('=')[0], pair.Split('=')[1]) : (field, pair);
            fields[name] = text;
        }

        List<KeyValuePair<string, string>> posted = [.. fields];
        if (field != "Input.Modules")
        {
            posted.Add(new("Input.Modules", "pain-00-getting-started"));
        }

        var response = await client.PostFormAsync(EnrolUrl(patient.Id, "chronic-pain"), posted);

        Assert.True((int)response.StatusCode is >= 400 and < 500, $"Expected a 4xx, got {(int)response.StatusCode}");
        Assert.Contains(message, await FormClient.ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(0, await EnrolmentCountAsync(patient.Id));
    }

    [Fact]
    public async Task Unknown_programme_in_the_address_is_not_found()
    {
        var (client, _, patient) = await TherapistWithPatientAsync();
        using var _ = client;

        var response = await client.GetAsync(EnrolUrl(patient.Id, "no-such-programme"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Choose one of the programmes", await FormClient.ErrorsAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_therapist_of_another_team_cannot_find_the_patient_to_enrol()
    {
        var clinic = await app.CreateClinicAsync();
        var own = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var patient = await app.CreatePatientAsync(clinic, own);
        var other = await app.CreateStaffAsync(clinic, [Role.Therapist], team: clinic.OtherTeam);
        using var client = app.NewClient();
        await client.SignInStaffAsync(other);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(EnrolUrl(patient.Id, "cfs"))).StatusCode);
        var token = await TokenAsync(client, "/Staff/Patients");
        var response = await client.PostAsync(EnrolUrl(patient.Id, "cfs"), [.. Fields("cfs"), new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await EnrolmentCountAsync(patient.Id));
    }

    [Fact]
    public async Task A_supervisor_who_is_also_a_therapist_cannot_enrol_a_team_members_patient()
    {
        var clinic = await app.CreateClinicAsync();
        var own = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var patient = await app.CreatePatientAsync(clinic, own);
        var supervisor = await app.CreateStaffAsync(clinic, [Role.Supervisor, Role.Therapist]);
        using var client = app.NewClient();
        await client.SignInStaffAsync(supervisor);

        var response = await client.GetAsync(EnrolUrl(patient.Id, "cfs"));

        response.AssertRedirect("/Account/AccessDenied");
        Assert.Equal(0, await EnrolmentCountAsync(patient.Id));
    }

    private static string EnrolUrl(Guid patientId, string programme) => $"/Staff/Treatment/Enrol/{patientId}?programme={programme}";

    private List<KeyValuePair<string, string>> Fields(string programme, bool goalsAgreed = true) =>
    [
        new("Input.ProgrammeId", programme),
        new("Input.Guidance", "ProtocolDriven"),
        new("Input.Unlock", "OnCompletion"),
        new("Input.IntervalDays", "7"),
        new("Input.StartsOn", Tandem.Domain.ClinicCalendar.DateOf(app.Clock.GetUtcNow()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        new("Input.ProgrammeExplained", "true"),
        new("Input.FormatDiscussed", "true"),
        new("Input.GoalsAgreed", goalsAgreed ? "true" : "false"),
    ];

    internal static async Task<string> TokenAsync(FormClient client, string pageUrl)
    {
        var (_, page) = await client.GetPageAsync(pageUrl);
        return page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }

    private async Task<(FormClient Client, TestUser Therapist, TestPatient Patient)> TherapistWithPatientAsync()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var patient = await app.CreatePatientAsync(clinic, therapist);
        var client = app.NewClient();
        await client.SignInStaffAsync(therapist);
        return (client, therapist, patient);
    }

    private Task<Enrolment> SingleEnrolmentAsync(Guid patientId) =>
        app.WithDbAsync(db => db.Enrolments.Include("_modules").AsNoTracking().SingleAsync(e => e.PatientId == patientId));

    private Task<int> EnrolmentCountAsync(Guid patientId) => app.WithDbAsync(db => db.Enrolments.CountAsync(e => e.PatientId == patientId));

    private Task<List<AuditEntry>> EntriesAsync(Guid userId, AuditAction action) =>
        app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.UserId == userId && e.Action == action).ToListAsync());
}
