using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;
using Tandem.Domain.Programmes;
using Tandem.Domain.SiteContent;
using Tandem.Domain.Treatment;
using Tandem.Domain.Work;
using Tandem.IntegrationTests.Infrastructure;
using Tandem.Web.Content;

namespace Tandem.IntegrationTests;

/// <summary>The patient working through a module: drafts, goals, feedback moments, finishing; and the therapist's feedback.</summary>
public sealed class ModuleWorkTests(TandemApp app) : IClassFixture<TandemApp>
{
    private const string Module1 = "/Patient/Module/cfs-01-getting-started";
    private const string GoalsPage = Module1 + "/your-goals";
    private const string SendPage = Module1 + "/send-to-therapist";

    private readonly Dictionary<Guid, Clinic> _clinics = [];

    [Fact]
    public async Task Patient_without_a_programme_gets_a_friendly_home_and_no_modules()
    {
        var (patient, _) = await PatientAsync(enrol: false);
        using var client = await SignedInAsync(patient);

        var (response, page) = await client.GetPageAsync("/Patient");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Your treatment has not started yet.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Module1)).StatusCode);
    }

    [Fact]
    public async Task Patient_home_shows_the_next_step_progress_and_the_locked_modules_calmly()
    {
        var (patient, _) = await PatientAsync();
        using var client = await SignedInAsync(patient);

        var (_, page) = await client.GetPageAsync("/Patient");

        var text = page.Body!.TextContent;
        Assert.Contains("0 of 7 modules done", text, StringComparison.Ordinal);
        Assert.Contains("Opens when you finish the module before it.", text, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"a[href='{Module1}/welcome']"));
        Assert.NotNull(page.QuerySelector("progress[max='7'][value='0']"));
    }

    [Fact]
    public async Task An_autosaved_draft_survives_signing_out_and_the_idle_timeout()
    {
        var (patient, _) = await PatientAsync();
        using var client = await SignedInAsync(patient);

        var saved = await client.PostFormAsync(GoalsPage, [Field("exerciseId", "starting-point"), Field("starting-point.most-important-goal", "Walking the dog")], GoalsPage + "?handler=Autosave");

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.True(JsonDocument.Parse(await saved.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("saved").GetBoolean());
        await client.SignOutAsync();
        await client.SignInPatientAsync(patient.User);
        Assert.Contains("Walking the dog", await client.Http.GetStringAsync(GoalsPage, TestContext.Current.CancellationToken), StringComparison.Ordinal);

        app.Clock.Advance(TimeSpan.FromMinutes(31));
        (await client.GetAsync(GoalsPage)).AssertRedirect("/Account/SignIn");
        await client.SignInPatientAsync(patient.User);
        Assert.Contains("Walking the dog", await client.Http.GetStringAsync(GoalsPage, TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(
            a => a.PatientId == patient.Id && a.ObjectType == nameof(ExerciseResponse) && a.Action == AuditAction.Create)));
    }

    [Fact]
    public async Task Invalid_answers_are_refused_with_a_message_and_what_was_typed_is_shown_again()
    {
        var (patient, _) = await PatientAsync();
        using var client = await SignedInAsync(patient);
        await client.PostFormAsync(GoalsPage, [Field("exerciseId", "starting-point"), Field("starting-point.held-back", "4")], GoalsPage + "?handler=Save");

        var refused = await client.PostFormAsync(
            GoalsPage, [Field("exerciseId", "starting-point"), Field("starting-point.held-back", "40"), Field("starting-point.most-important-goal", "Cycling again")], GoalsPage + "?handler=Save");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await FormClient.ParseAsync(refused);
        Assert.Contains("Choose a number within the range shown.", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Cycling again", page.QuerySelector("textarea[name='starting-point.most-important-goal']")!.TextContent);
        var stored = await app.WithDbAsync(db => db.ExerciseResponses.SingleAsync(r => r.PatientId == patient.Id && r.ExerciseId == "starting-point"));
        Assert.Equal("4", stored.Answers.First("held-back"));

        var autosave = await client.PostFormAsync(GoalsPage, [Field("exerciseId", "starting-point"), Field("starting-point.held-back", "x")], GoalsPage + "?handler=Autosave");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, autosave.StatusCode);
        Assert.Contains("Enter a number", await autosave.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_locked_module_an_unknown_page_and_another_programme_module_are_not_found()
    {
        var (patient, _) = await PatientAsync();
        using var client = await SignedInAsync(patient);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Patient/Module/cfs-02-sleep-wake")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Module1 + "/no-such-page")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Patient/Module/pain-00-getting-started")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync(GoalsPage, [Field("exerciseId", "no-such-exercise")], GoalsPage + "?handler=Save")).StatusCode);
    }

    [Fact]
    public async Task The_module_resumes_at_the_page_last_opened()
    {
        var (patient, _) = await PatientAsync();
        using var client = await SignedInAsync(patient);
        await client.GetAsync(Module1 + "/what-to-expect");

        var (_, page) = await client.GetPageAsync(Module1);

        Assert.Equal("What can you expect?", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Page 3 of 6", page.Body!.TextContent, StringComparison.Ordinal);
        var (_, home) = await client.GetPageAsync("/Patient");
        Assert.NotNull(home.QuerySelector($"a[href='{Module1}/what-to-expect']"));
    }

    [Fact]
    public async Task Work_sent_at_a_feedback_moment_reaches_the_therapist_and_the_feedback_reaches_the_patient()
    {
        var (patient, therapist) = await PatientAsync();
        using var client = await SignedInAsync(patient);

        var early = await client.PostFormAsync(SendPage, [Field("momentId", "send-module-1")], SendPage + "?handler=Send");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        (await client.PostFormAsync(GoalsPage, [Field("blockId", "treatment-goals"), Field("goals", "Work in the garden twice a week"), Field("goals", "")], GoalsPage + "?handler=Goals"))
            .AssertRedirect(GoalsPage + "#treatment-goals");
        (await client.PostFormAsync(SendPage, [Field("momentId", "send-module-1"), Field("message", "Hello")], SendPage + "?handler=Send")).AssertRedirect(SendPage + "#send-module-1");
        Assert.Contains("Sent, awaiting feedback", await client.Http.GetStringAsync(SendPage, TestContext.Current.CancellationToken), StringComparison.Ordinal);
        (await client.PostFormAsync(SendPage, [Field("momentId", "send-module-1")], SendPage + "?handler=Send")).AssertRedirect(SendPage + "#send-module-1");
        Assert.Contains("You already sent this.", await client.Http.GetStringAsync(SendPage, TestContext.Current.CancellationToken), StringComparison.Ordinal);

        using var staff = app.NewClient();
        await staff.SignInStaffAsync(therapist);
        var (_, list) = await staff.GetPageAsync("/Staff/Submissions");
        var link = list.QuerySelectorAll("a").Single(a => a.TextContent.Contains(patient.GivenName, StringComparison.Ordinal)).GetAttribute("href")!;
        var (_, detail) = await staff.GetPageAsync(link);
        Assert.Contains("Work in the garden twice a week", detail.Body!.TextContent, StringComparison.Ordinal);
        var empty = await staff.PostFormAsync(link, [Field("Feedback", "")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        (await staff.PostFormAsync(link, [Field("Feedback", "A clear, concrete goal. Well done.")])).AssertRedirect("/Staff");
        (await staff.PostFormAsync(link, [Field("Feedback", "Once more")])).AssertRedirect(link);

        var (_, home) = await client.GetPageAsync("/Patient");
        Assert.Contains("You have new feedback", home.Body!.TextContent, StringComparison.Ordinal);
        var (_, feedback) = await client.GetPageAsync("/Patient/Feedback");
        Assert.Contains("A clear, concrete goal. Well done.", feedback.Body!.TextContent, StringComparison.Ordinal);
        var submission = await app.WithDbAsync(db => db.Submissions.SingleAsync(s => s.PatientId == patient.Id));
        Assert.NotNull(submission.SeenByPatientAt);
        Assert.Equal(therapist.Id, submission.FeedbackByUserId);
        (_, home) = await client.GetPageAsync("/Patient");
        Assert.DoesNotContain("You have new feedback", home.Body!.TextContent, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(
            a => a.PatientId == patient.Id && a.ObjectType == "Feedback" && a.UserId == therapist.Id && a.Action == AuditAction.Create)));
    }

    [Fact]
    public async Task Other_therapists_and_patients_do_not_find_a_submission_and_a_supervisor_may_only_read()
    {
        var (patient, therapist) = await PatientAsync();
        using var client = await SignedInAsync(patient);
        await client.PostFormAsync(GoalsPage, [Field("blockId", "treatment-goals"), Field("goals", "Read a book")], GoalsPage + "?handler=Goals");
        await client.PostFormAsync(SendPage, [Field("momentId", "send-module-1")], SendPage + "?handler=Send");
        var id = await app.WithDbAsync(db => db.Submissions.Where(s => s.PatientId == patient.Id).Select(s => s.Id).SingleAsync());
        var url = $"/Staff/Submissions/Detail/{id}";

        using var other = app.NewClient();
        await other.SignInStaffAsync(await app.CreateStaffAsync(await app.CreateClinicAsync(), [Role.Therapist]));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
        Assert.DoesNotContain(patient.GivenName, await other.Http.GetStringAsync("/Staff/Submissions", TestContext.Current.CancellationToken), StringComparison.Ordinal);

        using var supervisor = app.NewClient();
        await supervisor.SignInStaffAsync(await app.CreateStaffAsync(_clinics[therapist.Id], [Role.Supervisor]));
        var (response, page) = await supervisor.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector("textarea[name=Feedback]"));
        (await supervisor.PostFormAsync(url, [Field("Feedback", "Not mine to give")])).AssertRedirect("/Account/AccessDenied");

        var (otherPatient, _) = await PatientAsync();
        using var otherClient = await SignedInAsync(otherPatient);
        (await otherClient.GetAsync(url)).AssertRedirect("/Account/AccessDenied");
        Assert.DoesNotContain("Read a book", await otherClient.Http.GetStringAsync("/Patient/Feedback", TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Goals_set_in_module_1_are_rated_later_with_the_module_recorded()
    {
        var (patient, therapist) = await PatientAsync();
        using var client = await SignedInAsync(patient);
        (await client.PostFormAsync(GoalsPage, [Field("blockId", "treatment-goals"), Field("goals", "Walk"), Field("goals", "Read"), Field("goals", "Cook")], GoalsPage + "?handler=Goals"))
            .AssertRedirect(GoalsPage + "#treatment-goals");
        var tooMany = await client.PostFormAsync(GoalsPage, [Field("blockId", "treatment-goals"), Field("goals", "a"), Field("goals", "b"), Field("goals", "c"), Field("goals", "d")], GoalsPage + "?handler=Goals");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMany.StatusCode);
        await app.WithDbAsync(async db =>
        {
            var enrolment = await db.Enrolments.Include("_modules").SingleAsync(e => e.PatientId == patient.Id);
            enrolment.UnlockModule("cfs-06-goals-step-by-step", therapist.Id, "Goals review", app.Clock.GetUtcNow());
            db.Adaptations.AddRange(enrolment.NewAdaptations);
            await db.SaveChangesAsync();
        });
        var ratePage = "/Patient/Module/cfs-06-goals-step-by-step/back-to-your-goals";
        var goals = await app.WithDbAsync(db => db.Goals.Where(g => g.PatientId == patient.Id).OrderBy(g => g.Position).ToListAsync());

        var bad = await client.PostFormAsync(ratePage, [Field("blockId", "goals-progress"), Field($"score-{goals[0].Id}", "12")], ratePage + "?handler=Rate");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        (await client.PostFormAsync(ratePage, [Field("blockId", "goals-progress"), Field($"score-{goals[0].Id}", "6"), Field($"score-{goals[2].Id}", "2")], ratePage + "?handler=Rate"))
            .AssertRedirect(ratePage + "#goals-progress");

        var ratings = await app.WithDbAsync(db => db.GoalRatings.Where(r => goals.Select(g => g.Id).Contains(r.GoalId)).ToListAsync());
        Assert.Equal([2, 6], ratings.Select(r => r.Score).Order());
        Assert.All(ratings, r => Assert.Equal("cfs-06-goals-step-by-step", r.ModuleId));
    }

    [Fact]
    public async Task Finishing_a_module_opens_the_next_one()
    {
        var (patient, _) = await PatientAsync();
        using var client = await SignedInAsync(patient);

        (await client.PostFormAsync(SendPage, [], SendPage + "?handler=Finish")).AssertRedirect("/Patient");
        (await client.PostFormAsync(SendPage, [], SendPage + "?handler=Finish")).AssertRedirect(SendPage);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Patient/Module/cfs-02-sleep-wake")).StatusCode);
        var (_, home) = await client.GetPageAsync("/Patient");
        Assert.Contains("1 of 7 modules done", home.Body!.TextContent, StringComparison.Ordinal);
        var status = await app.WithDbAsync(db => db.PlannedModules.Where(m => m.ModuleId == "cfs-01-getting-started")
            .Join(db.Enrolments.Where(e => e.PatientId == patient.Id), m => m.EnrolmentId, e => e.Id, (m, _) => m.Status).SingleAsync());
        Assert.Equal(ModuleStatus.Completed, status);
    }

    [Fact]
    public async Task Demo_work_sends_module_1_for_two_enrolled_patients_and_answers_one()
    {
        await using var app = new TandemApp();
        await app.InitializeAsync();
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        await app.EnrolAsync(await app.CreatePatientAsync(clinic, therapist), therapist, "cfs");
        await app.EnrolAsync(await app.CreatePatientAsync(clinic, therapist), therapist, "chronic-pain");

        await app.WithDbAsync(db => Web.Data.DemoWork.SeedAsync(
            db, app.Services.GetRequiredService<Web.Content.ProgrammeCatalog>(), app.Clock.GetUtcNow()));

        var sent = await app.WithDbAsync(db => db.Submissions.OrderBy(s => s.SubmittedAt).ToListAsync());
        Assert.Equal(2, sent.Count);
        Assert.Single(sent, s => s.AwaitsFeedback);
        Assert.Single(sent, s => s.HasUnseenFeedback);
    }

    private static KeyValuePair<string, string> Field(string name, string value) => new(name, value);

    [Fact]
    public async Task Home_says_a_diary_is_due_until_todays_entry_of_the_diary_the_programme_asked_for_is_made()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var patient = await app.CreatePatientAsync(clinic, therapist);
        await app.EnrolAsync(patient, therapist, "chronic-pain"); // the first module asks for the pain and fatigue diary
        using var client = await SignedInAsync(patient);
        const string Due = "You have not filled in today's diary yet.";

        var (_, before) = await client.GetPageAsync("/Patient");
        await client.PostFormAsync("/Patient/Diary/Symptoms", ("Input.Pain", "4"), ("Input.Fatigue", "6"));
        var (_, after) = await client.GetPageAsync("/Patient");

        Assert.Contains(Due, before.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(Due, after.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_patient_reads_their_sites_own_text_of_a_page_and_a_patient_elsewhere_the_programmes()
    {
        var (patient, therapist) = await PatientAsync();
        var clinic = _clinics[therapist.Id];
        var elsewhere = await app.CreatePatientAsync(clinic, therapist, clinic.OtherTeam);
        await app.EnrolAsync(elsewhere, therapist, "cfs");
        await app.WithDbAsync(async db =>
        {
            var programme = app.Services.GetRequiredService<ProgrammeCatalog>().Find("cfs")!;
            var module = programme.FindModule("cfs-01-getting-started")!;
            db.SitePageTexts.Add(new SitePageText(
                clinic.Team.SiteId, "cfs", module, module.Pages[0], new LocalizedText("Welkom bij ons team.", "Welcome to our team."), therapist.Id, app.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
        });

        using var client = await SignedInAsync(patient);
        using var otherClient = await SignedInAsync(elsewhere);
        var (_, adapted) = await client.GetPageAsync(Module1 + "/welcome");
        var (_, programmeText) = await otherClient.GetPageAsync(Module1 + "/welcome");

        Assert.Contains("Welcome to our team.", adapted.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Welcome to our team.", programmeText.Body!.TextContent, StringComparison.Ordinal);
    }

    private async Task<(TestPatient Patient, TestUser Therapist)> PatientAsync(bool enrol = true)
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var patient = await app.CreatePatientAsync(clinic, therapist);
        _clinics[therapist.Id] = clinic;
        if (enrol)
        {
            await app.EnrolAsync(patient, therapist, "cfs");
        }

        return (patient, therapist);
    }

    private async Task<FormClient> SignedInAsync(TestPatient patient)
    {
        var client = app.NewClient();
        await client.SignInPatientAsync(patient.User);
        return client;
    }
}
