using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Domain;
using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;
using Tandem.Domain.Diaries;
using Tandem.Domain.Reminders;
using Tandem.IntegrationTests.Infrastructure;
using Tandem.Web.Content;
using Tandem.Web.Reminders;

namespace Tandem.IntegrationTests.Reminders;

/// <summary>
/// The reminder job driven pass by pass with the fake clock, against the real database and SMTP server.
/// Other tests' patients share the app, so every check looks only at this test's own patients.
/// </summary>
public sealed class ReminderTests(DiaryReminderApp app) : IClassFixture<DiaryReminderApp>
{
    [Fact]
    public async Task Diary_reminder_is_sent_once_at_the_chosen_time_and_again_the_next_day()
    {
        var (patient, _) = await EnrolledPatientAsync();
        await SetRemindersAsync(patient, diary: true, time: "19:00", inactivityDays: null);

        MoveToLocal(new TimeOnly(18, 59));
        await RunAsync();
        Assert.Empty(app.Mail.To(patient.User.Email));

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await RunAsync();
        Assert.Single(app.Mail.To(patient.User.Email));

        await RunAsync();
        app.Clock.Advance(TimeSpan.FromHours(4));
        await RunAsync();
        Assert.Single(app.Mail.To(patient.User.Email));

        MoveToLocal(new TimeOnly(19, 0));
        await RunAsync();
        Assert.Equal(2, app.Mail.To(patient.User.Email).Count);
    }

    [Fact]
    public async Task No_diary_reminder_comes_on_a_day_the_patient_already_wrote_in_a_diary()
    {
        var (patient, _) = await EnrolledPatientAsync();
        await SetRemindersAsync(patient, diary: true, time: "19:00", inactivityDays: null);
        MoveToLocal(new TimeOnly(18, 0));
        await app.WithDbAsync(async db =>
        {
            var now = app.Clock.GetUtcNow();
            var entry = new SymptomEntry(patient.Id, ClinicCalendar.DateOf(now), now);
            entry.Record(pain: 3, fatigue: 5, note: null, now);
            db.SymptomEntries.Add(entry);
            await db.SaveChangesAsync();
        });

        MoveToLocal(new TimeOnly(19, 0));
        await RunAsync();

        Assert.Empty(app.Mail.To(patient.User.Email));
    }

    [Fact]
    public async Task Inactivity_reminder_comes_after_the_chosen_number_of_quiet_days_once_per_quiet_period()
    {
        var (patient, therapist) = await EnrolledPatientAsync();
        using (var staff = app.NewClient())
        {
            await staff.SignInStaffAsync(therapist);
            var saved = await staff.PostFormAsync($"/Staff/Patients/Reminders/{patient.Id}",
                ("Input.DiaryTime", "09:00"), ("Input.InactivityEnabled", "true"), ("Input.InactivityDays", "5"));
            saved.AssertRedirect($"/Staff/Patients/Reminders/{patient.Id}");
        }

        await SignInAsPatientAsync(patient);
        app.Clock.Advance(TimeSpan.FromDays(5) - TimeSpan.FromMinutes(5));
        await RunAsync();
        Assert.Empty(app.Mail.To(patient.User.Email));

        app.Clock.Advance(TimeSpan.FromMinutes(10));
        await RunAsync();
        Assert.Single(app.Mail.To(patient.User.Email));

        app.Clock.Advance(TimeSpan.FromDays(6));
        await RunAsync();
        Assert.Single(app.Mail.To(patient.User.Email));

        await SignInAsPatientAsync(patient);
        app.Clock.Advance(TimeSpan.FromDays(5) + TimeSpan.FromMinutes(5));
        await RunAsync();
        Assert.Equal(2, app.Mail.To(patient.User.Email).Count);
    }

    [Fact]
    public async Task A_patient_who_chose_nothing_gets_the_default_inactivity_reminder_after_seven_quiet_days()
    {
        var (patient, _) = await EnrolledPatientAsync();
        var (patient30, _) = await EnrolledPatientAsync();
        await SetRemindersAsync(patient30, diary: false, time: "08:00", inactivityDays: 30);

        app.Clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        await RunAsync();
        Assert.Empty(app.Mail.To(patient.User.Email));

        app.Clock.Advance(TimeSpan.FromMinutes(2));
        await RunAsync();
        Assert.Single(app.Mail.To(patient.User.Email));
        Assert.Empty(app.Mail.To(patient30.User.Email));
    }

    [Fact]
    public async Task Reminder_email_holds_only_a_prompt_and_the_sign_in_link_in_the_patients_language()
    {
        var (patient, therapist) = await EnrolledPatientAsync();
        var (dutch, _) = await EnrolledPatientAsync();
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == dutch.User.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.Language, Language.Dutch)));
        await SetRemindersAsync(patient, diary: true, time: "08:00", inactivityDays: null);
        await SetRemindersAsync(dutch, diary: true, time: "08:00", inactivityDays: null);

        MoveToLocal(new TimeOnly(8, 0));
        await RunAsync();

        var english = Assert.Single(app.Mail.To(patient.User.Email));
        var nl = Assert.Single(app.Mail.To(dutch.User.Email));
        Assert.Equal("A reminder from Tandem", english.Subject);
        Assert.Equal("Een herinnering van Tandem", nl.Subject);
        Assert.Equal("/Account/SignIn", SmtpCapture.LinkIn(english, "/Account/SignIn"));

        var programme = app.Services.GetRequiredService<ProgrammeCatalog>().Find("cfs")!;
        string[] forbidden =
        [
            patient.GivenName, dutch.GivenName, therapist.DisplayName, "Testpatient",
            programme.Title.Dutch, programme.Title.English, "diary", "dagboek", "fatigue", "vermoeid", "pain", "pijn", "CFS",
            .. programme.Modules.SelectMany(m => new[] { m.Title.Dutch, m.Title.English }),
        ];
        foreach (var message in new[] { english, nl })
        {
            var text = message.Subject + "\n" + message.TextBody;
            Assert.All(forbidden, word => Assert.DoesNotContain(word, text, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task Closed_unenrolled_and_accountless_patients_get_no_reminders()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var closed = await app.CreatePatientAsync(clinic, therapist);
        await app.EnrolAsync(closed, therapist, "cfs");
        var notEnrolled = await app.CreatePatientAsync(clinic, therapist);
        var noAccount = await app.CreatePatientAsync(clinic, therapist, withAccount: false);
        await app.EnrolAsync(noAccount, therapist, "cfs");
        await app.WithDbAsync(async db =>
        {
            foreach (var id in new[] { closed.Id, notEnrolled.Id, noAccount.Id })
            {
                db.ReminderSettings.Add(new ReminderSettings(id, ReminderPreferences.Create(true, new TimeOnly(7, 0), 3), therapist.Id, app.Clock.GetUtcNow()));
            }

            (await db.Patients.SingleAsync(p => p.Id == closed.Id)).Close();
            await db.SaveChangesAsync();
        });

        MoveToLocal(new TimeOnly(7, 30));
        app.Clock.Advance(TimeSpan.FromDays(4));
        await RunAsync();

        Guid[] ids = [closed.Id, notEnrolled.Id, noAccount.Id];
        Assert.Equal(0, await app.WithDbAsync(db => db.ReminderJobs.CountAsync(j => ids.Contains(j.PatientId))));
        Assert.Empty(app.Mail.To(closed.User.Email));
        Assert.Empty(app.Mail.To(notEnrolled.User.Email));
    }

    [Fact]
    public async Task A_claim_whose_node_died_is_sent_exactly_once_after_its_lease_expires()
    {
        var (patient, _) = await EnrolledPatientAsync();
        await SetRemindersAsync(patient, diary: false, time: "08:00", inactivityDays: null);
        var job = new ReminderJob(patient.Id, ReminderKind.Diary, ClinicCalendar.DateOf(app.Clock.GetUtcNow()), app.Clock.GetUtcNow());
        await app.WithDbAsync(async db =>
        {
            db.ReminderJobs.Add(job);
            await db.SaveChangesAsync();
            var now = app.Clock.GetUtcNow();
            await db.ReminderJobs.Where(j => j.Id == job.Id).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, ReminderStatus.Sending)
                .SetProperty(j => j.ClaimedAt, now)
                .SetProperty(j => j.ClaimToken, Guid.NewGuid())
                .SetProperty(j => j.Attempts, 1));
        });

        app.Clock.Advance(TimeSpan.FromMinutes(9));
        await RunAsync();
        Assert.Empty(app.Mail.To(patient.User.Email));

        app.Clock.Advance(TimeSpan.FromMinutes(2));
        await RunAsync();
        await RunAsync();
        Assert.Single(app.Mail.To(patient.User.Email));
        var settled = await JobAsync(job.Id);
        Assert.Equal((ReminderStatus.Sent, 2, app.Clock.GetUtcNow()), (settled.Status, settled.Attempts, settled.SentAt));
    }

    [Fact]
    public async Task Two_nodes_running_at_once_send_a_due_reminder_once()
    {
        var (patient, _) = await EnrolledPatientAsync();
        await SetRemindersAsync(patient, diary: true, time: "06:00", inactivityDays: null);
        MoveToLocal(new TimeOnly(6, 0));

        await Task.WhenAll(RunAsync(), RunAsync(), RunAsync());
        await Task.WhenAll(RunAsync(), RunAsync());

        Assert.Single(app.Mail.To(patient.User.Email));
        Assert.Equal(1, await app.WithDbAsync(db => db.ReminderJobs.CountAsync(j => j.PatientId == patient.Id)));
    }

    [Fact]
    public async Task A_refused_send_is_retried_with_growing_waits_until_it_goes_through()
    {
        var (patient, _) = await EnrolledPatientAsync();
        await SetRemindersAsync(patient, diary: true, time: "10:00", inactivityDays: null);
        app.Mail.Refuse(patient.User.Email, 2);
        MoveToLocal(new TimeOnly(10, 0));

        await RunAsync();
        var job = await app.WithDbAsync(db => db.ReminderJobs.AsNoTracking().SingleAsync(j => j.PatientId == patient.Id));
        Assert.Equal((ReminderStatus.Pending, 1, app.Clock.GetUtcNow() + TimeSpan.FromMinutes(1)), (job.Status, job.Attempts, job.NextAttemptAt));
        Assert.Equal("SmtpCommandException", job.LastError);

        await RunAsync();
        Assert.Equal(1, (await JobAsync(job.Id)).Attempts);

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await RunAsync();
        Assert.Equal((ReminderStatus.Pending, 2), ((await JobAsync(job.Id)).Status, (await JobAsync(job.Id)).Attempts));

        app.Clock.Advance(TimeSpan.FromMinutes(2));
        await RunAsync();
        Assert.Single(app.Mail.To(patient.User.Email));
        Assert.Equal(ReminderStatus.Sent, (await JobAsync(job.Id)).Status);
    }

    [Fact]
    public async Task A_send_that_keeps_failing_is_given_up_after_the_last_attempt()
    {
        var (patient, _) = await EnrolledPatientAsync();
        await SetRemindersAsync(patient, diary: true, time: "11:00", inactivityDays: null);
        app.Mail.Refuse(patient.User.Email, 100);
        MoveToLocal(new TimeOnly(11, 0));

        for (var pass = 0; pass < 8; pass++)
        {
            await RunAsync();
            app.Clock.Advance(TimeSpan.FromMinutes(61));
        }

        var job = await app.WithDbAsync(db => db.ReminderJobs.AsNoTracking().SingleAsync(j => j.PatientId == patient.Id));
        Assert.Equal((ReminderStatus.Failed, ReminderRetryPolicy.Default.MaxAttempts), (job.Status, job.Attempts));
        Assert.Empty(app.Mail.To(patient.User.Email));
    }

    [Theory]
    [InlineData("true", "2", "Choose between 3 and 30 days.")]
    [InlineData("true", "31", "Choose between 3 and 30 days.")]
    [InlineData("true", "", "Choose between 3 and 30 days.")]
    [InlineData("false", "abc", "This value is not valid.")]
    public async Task Patient_gets_a_clear_message_for_an_impossible_number_of_days(string enabled, string days, string message)
    {
        var (patient, _) = await EnrolledPatientAsync();
        using var client = await SignInAsPatientAsync(patient);

        var response = await client.PostFormAsync("/Patient/Reminders",
            ("Input.DiaryEnabled", "true"), ("Input.DiaryTime", "19:00"), ("Input.InactivityEnabled", enabled), ("Input.InactivityDays", days));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await FormClient.ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.ReminderSettings.CountAsync(s => s.PatientId == patient.Id)));
    }

    [Fact]
    public async Task A_refused_field_is_marked_invalid_and_names_its_message_after_its_hint()
    {
        var (patient, _) = await EnrolledPatientAsync();
        using var client = await SignInAsPatientAsync(patient);

        var response = await client.PostFormAsync("/Patient/Reminders",
            ("Input.DiaryEnabled", "true"), ("Input.DiaryTime", "19:00"), ("Input.InactivityEnabled", "true"), ("Input.InactivityDays", "31"));

        var page = await FormClient.ParseAsync(response);
        var days = page.QuerySelector("input[name='Input.InactivityDays']")!;
        Assert.Equal("true", days.GetAttribute("aria-invalid"));
        Assert.Equal(["inactivity-days-hint", "Input_InactivityDays-error"], days.GetAttribute("aria-describedby")!.Split(' '));
        Assert.Equal("Choose between 3 and 30 days.", page.GetElementById("Input_InactivityDays-error")!.TextContent.Trim());
        var time = page.QuerySelector("input[name='Input.DiaryTime']")!;
        Assert.Null(time.GetAttribute("aria-invalid"));
        Assert.Equal("diary-time-hint", time.GetAttribute("aria-describedby"));
    }

    [Theory]
    [InlineData("", "Fill in Time of day.")]
    [InlineData("25:61", "This value is not valid.")]
    public async Task Therapist_gets_a_clear_message_for_a_missing_or_impossible_time(string time, string message)
    {
        var (patient, therapist) = await EnrolledPatientAsync();
        using var client = app.NewClient();
        await client.SignInStaffAsync(therapist);

        var response = await client.PostFormAsync($"/Staff/Patients/Reminders/{patient.Id}", ("Input.DiaryEnabled", "true"), ("Input.DiaryTime", time));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await FormClient.ErrorsAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_reminder_settings_is_audited_for_patient_and_therapist()
    {
        var (patient, therapist) = await EnrolledPatientAsync();
        using (var client = await SignInAsPatientAsync(patient))
        {
            (await client.PostFormAsync("/Patient/Reminders", ("Input.DiaryEnabled", "true"), ("Input.DiaryTime", "20:15")))
                .AssertRedirect("/Patient/Reminders");
        }

        using (var staff = app.NewClient())
        {
            await staff.SignInStaffAsync(therapist);
            (await staff.PostFormAsync($"/Staff/Patients/Reminders/{patient.Id}", ("Input.DiaryTime", "21:00")))
                .AssertRedirect($"/Staff/Patients/Reminders/{patient.Id}");
        }

        var entries = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.PatientId == patient.Id && e.ObjectType == ReminderSettingsStore.ObjectType && e.Action != AuditAction.Read)
            .Select(e => new { e.Action, e.Role }).ToListAsync());
        Assert.Equal(
            [(AuditAction.Create, Role.Patient), (AuditAction.Update, Role.Therapist)],
            entries.Select(e => (e.Action, e.Role)).Order());
        var settings = await app.WithDbAsync(db => db.ReminderSettings.AsNoTracking().SingleAsync(s => s.PatientId == patient.Id));
        Assert.Equal((false, new TimeOnly(21, 0), (int?)null, therapist.Id), (settings.DiaryEnabled, settings.DiaryTime, settings.InactivityDays, settings.UpdatedByUserId));
    }

    [Fact]
    public async Task Therapist_of_another_organisation_cannot_change_a_patients_reminders()
    {
        var (patient, _) = await EnrolledPatientAsync();
        var elsewhere = await app.CreateClinicAsync();
        var stranger = await app.CreateStaffAsync(elsewhere, [Role.Therapist]);
        using var client = app.NewClient();
        await client.SignInStaffAsync(stranger);
        var ownPatient = await app.CreatePatientAsync(elsewhere, stranger);

        // A form of the stranger's own patient, posted at the other patient's address.
        var response = await client.PostFormAsync($"/Staff/Patients/Reminders/{ownPatient.Id}", [new("Input.DiaryTime", "09:00")], $"/Staff/Patients/Reminders/{patient.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.ReminderSettings.CountAsync(s => s.PatientId == patient.Id)));
    }

    private async Task<(TestPatient Patient, TestUser Therapist)> EnrolledPatientAsync()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var patient = await app.CreatePatientAsync(clinic, therapist);
        await app.EnrolAsync(patient, therapist, "cfs");
        return (patient, therapist);
    }

    private Task SetRemindersAsync(TestPatient patient, bool diary, string time, int? inactivityDays) => app.WithDbAsync(async db =>
    {
        var at = TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture);
        db.ReminderSettings.Add(new ReminderSettings(patient.Id, ReminderPreferences.Create(diary, at, inactivityDays), patient.User.Id, app.Clock.GetUtcNow()));
        await db.SaveChangesAsync();
    });

    private async Task<FormClient> SignInAsPatientAsync(TestPatient patient)
    {
        var client = app.NewClient();
        await client.SignInPatientAsync(patient.User);
        return client;
    }

    private async Task<ReminderPass> RunAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderDispatcher>().RunOnceAsync(TestContext.Current.CancellationToken);
    }

    private Task<ReminderJob> JobAsync(Guid id) => app.WithDbAsync(db => db.ReminderJobs.AsNoTracking().SingleAsync(j => j.Id == id));

    /// <summary>Moves the clock forward to the next moment the clinic's clock shows <paramref name="time"/>.</summary>
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
}

/// <summary>The app with questionnaire reminders off (schedules), so these tests count only diary and inactivity e-mails.</summary>
public sealed class DiaryReminderApp : TandemApp
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Measurement:Reminders:OnOpen", "false");
        builder.UseSetting("Measurement:Reminders:OnOverdue", "false");
    }
}
