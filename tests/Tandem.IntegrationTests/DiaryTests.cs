using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain;
using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;
using Tandem.Domain.Diaries;
using Tandem.IntegrationTests.Infrastructure;
using Tandem.Web.Data;
using Tandem.Web.Diaries;

namespace Tandem.IntegrationTests;

public sealed class DiaryTests(TandemApp app) : IClassFixture<TandemApp>
{
    private DateOnly Today => ClinicCalendar.DateOf(app.Clock.GetUtcNow());

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<(TestUser Therapist, TestPatient Patient, FormClient Client)> PatientAsync()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var patient = await app.CreatePatientAsync(clinic, therapist);
        var client = app.NewClient();
        await client.SignInPatientAsync(patient.User);
        return (therapist, patient, client);
    }

    private Task<List<AuditEntry>> AuditOfAsync(Guid userId, string objectType) =>
        app.WithDbAsync(db => db.AuditEntries.Where(e => e.UserId == userId && e.ObjectType == objectType).ToListAsync());

    [Fact]
    public async Task Patient_saves_each_diary_for_today_and_every_save_is_audited()
    {
        var (_, patient, client) = await PatientAsync();
        using var _ = client;

        (await client.PostFormAsync("/Patient/Diary/Sleep",
            ("Input.BedTime", "23:15"), ("Input.AsleepTime", "23:45"), ("Input.WakeTime", "06:50"), ("Input.RiseTime", "07:10"), ("Input.RestMinutes", "30")))
            .AssertRedirect("/Patient/Diary/SleepChart");
        (await client.PostFormAsync("/Patient/Diary/Activity", ("Input.Activity", "Walking"), ("Input.Minutes", "12")))
            .AssertRedirect("/Patient/Diary/ActivityChart");
        (await client.PostFormAsync("/Patient/Diary/Symptoms", ("Input.Pain", "4"), ("Input.Fatigue", "7")))
            .AssertRedirect("/Patient/Diary/SymptomChart");

        var saved = await app.WithDbAsync(async db => (
            await db.SleepWakeEntries.SingleAsync(e => e.PatientId == patient.Id),
            await db.ActivityEntries.SingleAsync(e => e.PatientId == patient.Id),
            await db.SymptomEntries.SingleAsync(e => e.PatientId == patient.Id)));
        Assert.Equal((Today, 475, 30), (saved.Item1.Day, saved.Item1.MinutesInBed, saved.Item1.RestMinutes));
        Assert.Equal(("Walking", 12), (saved.Item2.Activity, saved.Item2.Minutes));
        Assert.Equal((4, 7), (saved.Item3.Pain, saved.Item3.Fatigue));
        foreach (var type in new[] { "SleepWakeEntry", "ActivityEntry", "SymptomEntry" })
        {
            var entries = await AuditOfAsync(patient.User.Id, type);
            Assert.Contains(entries, e => e.Action == AuditAction.Create && e.PatientId == patient.Id && e.Role == Role.Patient);
            Assert.Contains(entries, e => e.Action == AuditAction.Read);
        }
    }

    [Fact]
    public async Task Filling_in_the_same_day_again_replaces_the_entry()
    {
        var (_, patient, client) = await PatientAsync();
        using var _ = client;
        var day = Iso(Today.AddDays(-2));

        (await client.PostFormAsync($"/Patient/Diary/Symptoms?day={day}", ("Day", day), ("Input.Pain", "6"))).AssertRedirect("/Patient/Diary/SymptomChart");
        (await client.PostFormAsync($"/Patient/Diary/Symptoms?day={day}", ("Day", day), ("Input.Fatigue", "3"))).AssertRedirect("/Patient/Diary/SymptomChart");

        var entry = Assert.Single(await app.WithDbAsync(db => db.SymptomEntries.Where(e => e.PatientId == patient.Id).ToListAsync()));
        Assert.Equal((Today.AddDays(-2), (int?)null, (int?)3), (entry.Day, entry.Pain, entry.Fatigue));
        Assert.Contains(await AuditOfAsync(patient.User.Id, "SymptomEntry"), e => e.Action == AuditAction.Update);
    }

    [Fact]
    public async Task Invalid_values_are_refused_with_a_message_and_the_values_kept()
    {
        var (_, patient, client) = await PatientAsync();
        using var _ = client;

        var pain = await client.PostFormAsync("/Patient/Diary/Symptoms", ("Input.Pain", "11"), ("Input.Note", "kept note"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, pain.StatusCode);
        Assert.Contains("Pain runs from 0 to 10.", await FormClient.ErrorsAsync(pain), StringComparison.Ordinal);

        var none = await client.PostFormAsync("/Patient/Diary/Symptoms", ("Input.Note", "only a note"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, none.StatusCode);
        Assert.Contains("Choose at least one rating", await FormClient.ErrorsAsync(none), StringComparison.Ordinal);

        var rest = await client.PostFormAsync("/Patient/Diary/Sleep",
            ("Input.BedTime", "23:00"), ("Input.WakeTime", "07:00"), ("Input.RiseTime", "07:30"), ("Input.RestMinutes", "-5"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, rest.StatusCode);
        Assert.Contains("between 0 and 1440", await FormClient.ErrorsAsync(rest), StringComparison.Ordinal);
        Assert.Equal("23:00", (await FormClient.ParseAsync(rest)).QuerySelector("#Input_BedTime")?.GetAttribute("value"));

        var time = await client.PostFormAsync("/Patient/Diary/Sleep",
            ("Input.BedTime", "25:99"), ("Input.WakeTime", "07:00"), ("Input.RiseTime", "07:30"), ("Input.RestMinutes", "0"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, time.StatusCode);
        Assert.Contains("This value is not valid.", await FormClient.ErrorsAsync(time), StringComparison.Ordinal);

        var order = await client.PostFormAsync("/Patient/Diary/Sleep",
            ("Input.BedTime", "23:00"), ("Input.WakeTime", "08:00"), ("Input.RiseTime", "07:30"), ("Input.RestMinutes", "0"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, order.StatusCode);
        Assert.Contains("The times must follow each other", await FormClient.ErrorsAsync(order), StringComparison.Ordinal);

        var future = Iso(Today.AddDays(1));
        var ahead = await client.PostFormAsync("/Patient/Diary/Activity", ("Day", future), ("Input.Activity", "Walking"), ("Input.Minutes", "10"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, ahead.StatusCode);
        Assert.Contains("has not happened yet", await FormClient.ErrorsAsync(ahead), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await client.GetAsync($"/Patient/Diary/Activity?day={future}")).StatusCode);

        (await client.PostFormAsync("/Patient/Diary/Activity", [new("language", "nl"), new("returnUrl", "/Patient/Diary/Activity")], "/Language"))
            .AssertRedirect("/Patient/Diary/Activity");
        var dutch = await client.PostFormAsync("/Patient/Diary/Activity", ("Input.Activity", "Wandelen"), ("Input.Minutes", "2000"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, dutch.StatusCode);
        Assert.Contains("Minuten moet tussen 0 en 1440 liggen.", await FormClient.ErrorsAsync(dutch), StringComparison.Ordinal);

        Assert.False(await app.WithDbAsync(async db =>
            await db.SymptomEntries.AnyAsync(e => e.PatientId == patient.Id) || await db.SleepWakeEntries.AnyAsync(e => e.PatientId == patient.Id)
            || await db.ActivityEntries.AnyAsync(e => e.PatientId == patient.Id)));
    }

    [Fact]
    public async Task The_chart_page_renders_the_table_with_the_entries()
    {
        var (_, _, client) = await PatientAsync();
        using var _ = client;
        (await client.PostFormAsync("/Patient/Diary/Symptoms", ("Input.Pain", "3"), ("Input.Fatigue", "8"), ("Input.Note", "busy day"))).AssertRedirect("/Patient/Diary/SymptomChart");

        var (response, page) = await client.GetPageAsync("/Patient/Diary/SymptomChart?days=28");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, page.QuerySelectorAll("svg[role=img]").Length);
        Assert.Contains("Last 28 days", page.QuerySelector("[aria-current=page]")!.TextContent, StringComparison.Ordinal);
        var row = Assert.Single(page.QuerySelectorAll("#symptoms-caption ~ tbody tr"));
        Assert.Equal(["3", "8", "busy day"], row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.Single(page.QuerySelectorAll("#chart-pain-title ~ rect"));
    }

    [Fact]
    public async Task Another_patients_diaries_are_not_found_for_a_therapist_outside_the_treatment()
    {
        var (_, patient, client) = await PatientAsync();
        client.Dispose();
        var clinic = await app.CreateClinicAsync();
        var stranger = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        using var staff = app.NewClient();
        await staff.SignInStaffAsync(stranger);

        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/Staff/Diaries/{patient.Id}")).StatusCode);
        var own = await app.CreatePatientAsync(clinic, stranger, withAccount: false);
        var post = await staff.PostFormAsync($"/Staff/Diaries/{own.Id}",
            [new("Input.BaselineMinutes", "10")], postUrl: $"/Staff/Diaries/{patient.Id}?handler=Target");
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.ActivityTargets.AnyAsync(t => t.PatientId == patient.Id)));
    }

    [Fact]
    public async Task After_a_good_week_the_proposal_goes_up_and_the_patient_sees_it()
    {
        var (therapist, patient, client) = await PatientAsync();
        using var _ = client;
        using var staff = app.NewClient();
        await staff.SignInStaffAsync(therapist);
        await SetTargetAsync(staff, patient.Id, baseline: 20);
        for (var d = 7; d >= 1; d--)
        {
            var minutes = d is 3 or 5 ? 10 : 25; // five good days of seven
            (await client.PostFormAsync("/Patient/Diary/Activity", ("Day", Iso(Today.AddDays(-d))), ("Input.Activity", "Walking"), ("Input.Minutes", $"{minutes}")))
                .AssertRedirect("/Patient/Diary/ActivityChart");
        }

        var (_, home) = await client.GetPageAsync("/Patient/Diary");
        Assert.Contains("Tandem proposes next week's target: 22 minutes a day.", home.Body!.TextContent, StringComparison.Ordinal);

        var (_, record) = await staff.GetPageAsync($"/Staff/Diaries/{patient.Id}");
        Assert.Contains("Proposal: step up to 22 minutes a day", record.Body!.TextContent, StringComparison.Ordinal);
        (await staff.PostFormAsync($"/Staff/Diaries/{patient.Id}", [], postUrl: $"/Staff/Diaries/{patient.Id}?handler=Accept"))
            .AssertRedirect($"/Staff/Diaries/{patient.Id}");

        var target = await app.WithDbAsync(db => db.ActivityTargets.SingleAsync(t => t.PatientId == patient.Id));
        Assert.Equal((22, Today), (target.CurrentMinutes, target.LevelSince));
        Assert.Contains(await AuditOfAsync(therapist.Id, "ActivityTarget"), e => e.Action == AuditAction.Update);
        var (_, after) = await client.GetPageAsync("/Patient/Diary");
        Assert.Contains("Your target: 22 minutes a day.", after.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_poor_week_the_proposal_keeps_the_level()
    {
        var (therapist, patient, client) = await PatientAsync();
        using var _ = client;
        using var staff = app.NewClient();
        await staff.SignInStaffAsync(therapist);
        await SetTargetAsync(staff, patient.Id, baseline: 20);
        foreach (var d in new[] { 6, 4, 1 })
        {
            (await client.PostFormAsync("/Patient/Diary/Activity", ("Day", Iso(Today.AddDays(-d))), ("Input.Activity", "Walking"), ("Input.Minutes", "20")))
                .AssertRedirect("/Patient/Diary/ActivityChart");
        }

        var (_, home) = await client.GetPageAsync("/Patient/Diary");
        Assert.Contains("Tandem proposes to keep your target at 20 minutes a day", home.Body!.TextContent, StringComparison.Ordinal);
        var (_, record) = await staff.GetPageAsync($"/Staff/Diaries/{patient.Id}");
        Assert.Contains("Proposal: keep 20 minutes a day (target reached on 3 of 7 days; 5 needed).", record.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_supervisor_reads_the_diaries_but_cannot_set_the_target()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var patient = await app.CreatePatientAsync(clinic, therapist, withAccount: false);
        using var supervisor = app.NewClient();
        var user = await app.CreateStaffAsync(clinic, [Role.Supervisor]);
        await supervisor.SignInStaffAsync(user);

        var (response, page) = await supervisor.GetPageAsync($"/Staff/Diaries/{patient.Id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector("form[action*=handler]"));
        var post = await supervisor.PostFormAsync($"/Staff/Diaries/{patient.Id}",
            [new("Input.BaselineMinutes", "10"), new("Input.Increment", "10"), new("Input.StepIntervalDays", "7"), new("Input.StartsOn", Iso(Today))],
            postUrl: $"/Staff/Diaries/{patient.Id}?handler=Target");
        post.AssertRedirect("/Account/AccessDenied");
        Assert.False(await app.WithDbAsync(db => db.ActivityTargets.AnyAsync(t => t.PatientId == patient.Id)));
        Assert.Contains(await AuditOfAsync(user.Id, "Diaries"), e => e.Role == Role.Supervisor && e.PatientId == patient.Id);
    }

    [Fact]
    public async Task A_target_out_of_range_is_refused_with_a_message()
    {
        var (therapist, patient, client) = await PatientAsync();
        client.Dispose();
        using var staff = app.NewClient();
        await staff.SignInStaffAsync(therapist);

        var post = await staff.PostFormAsync($"/Staff/Diaries/{patient.Id}",
            [new("Input.BaselineMinutes", "0"), new("Input.IncrementKind", "Percent"), new("Input.Increment", "10"), new("Input.StepIntervalDays", "7"), new("Input.StartsOn", Iso(Today))],
            postUrl: $"/Staff/Diaries/{patient.Id}?handler=Target");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, post.StatusCode);
        Assert.Contains("Baseline (minutes a day) must be between 1 and 1440.", await FormClient.ErrorsAsync(post), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_diaries_are_valid_and_give_one_proposal_up_and_one_to_keep()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var now = app.Clock.GetUtcNow();
        var ids = await app.WithDbAsync(async db =>
        {
            var lotte = new Domain.Patients.Patient(clinic.OrganisationId, clinic.Team.SiteId, clinic.Team.TeamId, therapist.Id, "Lotte", "Smit", "lotte@demo.tandem.nl", now);
            var daan = new Domain.Patients.Patient(clinic.OrganisationId, clinic.Team.SiteId, clinic.Team.TeamId, therapist.Id, "Daan", "Meijer", "daan@demo.tandem.nl", now);
            db.Patients.AddRange(lotte, daan);
            await db.SaveChangesAsync();
            await DemoDiaries.SeedAsync(db, now);
            return (lotte.Id, daan.Id);
        });

        var proposals = await app.WithDbAsync(async db => (
            (await TargetStatus.LoadAsync(db, new GradedTarget(), ids.Item1, Today, CancellationToken.None))!.Proposal,
            (await TargetStatus.LoadAsync(db, new GradedTarget(), ids.Item2, Today, CancellationToken.None))!.Proposal,
            await db.SleepWakeEntries.CountAsync(e => e.PatientId == ids.Item1)));
        Assert.Equal((17, true), (proposals.Item1!.Minutes, proposals.Item1.StepsUp));
        Assert.Equal((20, false), (proposals.Item2!.Minutes, proposals.Item2.StepsUp));
        Assert.Equal(21, proposals.Item3);
    }

    private async Task SetTargetAsync(FormClient staff, Guid patientId, int baseline)
    {
        (await staff.PostFormAsync($"/Staff/Diaries/{patientId}",
            [
                new("Input.BaselineMinutes", $"{baseline}"), new("Input.IncrementKind", "Percent"), new("Input.Increment", "10"),
                new("Input.StepIntervalDays", "7"), new("Input.StartsOn", Iso(Today.AddDays(-7))),
            ],
            postUrl: $"/Staff/Diaries/{patientId}?handler=Target")).AssertRedirect($"/Staff/Diaries/{patientId}");
    }
}
