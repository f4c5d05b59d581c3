using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain;
using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;
using Tandem.Domain.Guidance;
using Tandem.Domain.Organisations;
using Tandem.IntegrationTests.Infrastructure;

namespace Tandem.IntegrationTests.Guidance;

public sealed partial class FeedbackEditorTests(TandemApp app) : IClassFixture<TandemApp>
{
    [Fact]
    public async Task A_template_comes_filled_in_with_the_patients_name_and_goal_and_cannot_be_sent_until_its_gaps_are_filled()
    {
        var (_, therapist, patient, submissionId) = await SentAsync();
        using var staff = await StaffAsync(therapist);
        var detail = $"/Staff/Submissions/Detail/{submissionId}";
        var (_, page) = await staff.GetPageAsync(detail);
        Assert.NotEmpty(page.QuerySelectorAll("button[name=insert][value^='template:']"));
        Assert.NotNull(page.QuerySelector("details.tone"));

        var inserted = await staff.PostFormAsync(detail, [new("Feedback", ""), new("insert", "template:welcome-goals-clear")], detail + "?handler=Insert");
        Assert.Equal(HttpStatusCode.OK, inserted.StatusCode);
        var text = (await FormClient.ParseAsync(inserted)).QuerySelector("textarea[name=Feedback]")!.TextContent;
        Assert.StartsWith($"Dear {patient.GivenName},", text.Trim(), StringComparison.Ordinal);
        Assert.Contains("‘Walk to the market on Saturday’", text, StringComparison.Ordinal);
        Assert.Equal(text.Trim(), await app.WithDbAsync(db => db.Drafts.Where(d => d.UserId == therapist.Id && d.SubjectId == submissionId).Select(d => d.Text).SingleAsync()));

        var refused = await staff.PostFormAsync(detail, ("Feedback", text));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("gaps to fill in", await FormClient.ErrorsAsync(refused), StringComparison.Ordinal);
        Assert.Equal(text.Trim(), (await FormClient.ParseAsync(refused)).QuerySelector("textarea[name=Feedback]")!.TextContent.Trim());

        var finished = Gap().Replace(text, "your walk to the bakery");
        (await staff.PostFormAsync(detail, ("Feedback", finished))).AssertRedirect("/Staff");
        using var own = app.NewClient();
        await own.SignInPatientAsync(patient.User);
        Assert.Contains("your walk to the bakery", (await own.GetPageAsync("/Patient/Feedback")).Page.QuerySelector(".thread-feedback")!.TextContent, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Drafts.AnyAsync(d => d.SubjectId == submissionId)));
    }

    [Fact]
    public async Task A_personal_snippet_is_offered_in_the_editor_and_team_snippets_reach_colleagues()
    {
        var (clinic, therapist, _, submissionId) = await SentAsync();
        using var staff = await StaffAsync(therapist);
        (await staff.PostFormAsync("/Staff/Snippets", ("Input.Title", "Pacing"), ("Input.Text", "Well paced, {first-name}."))).AssertRedirect("/Staff/Snippets");
        (await staff.PostFormAsync("/Staff/Snippets", ("Input.Title", "Team close"), ("Input.Text", "Warm regards from the team."), ("Input.ForTeam", "true"))).AssertRedirect("/Staff/Snippets");
        var empty = await staff.PostFormAsync("/Staff/Snippets", ("Input.Title", ""), ("Input.Text", "x"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains("title of at most 80", await FormClient.ErrorsAsync(empty), StringComparison.Ordinal);

        var detail = $"/Staff/Submissions/Detail/{submissionId}";
        var (_, page) = await staff.GetPageAsync(detail);
        var pacing = await app.WithDbAsync(db => db.Snippets.Where(s => s.OwnerUserId == therapist.Id).Select(s => s.Id).SingleAsync());
        Assert.NotNull(page.QuerySelector($"button[value='snippet:{pacing}']"));
        var inserted = await staff.PostFormAsync(detail, [new("Feedback", "Thank you."), new("insert", $"snippet:{pacing}")], detail + "?handler=Insert");
        var text = (await FormClient.ParseAsync(inserted)).QuerySelector("textarea[name=Feedback]")!.TextContent;
        Assert.Matches(@"^Thank you\.\r?\n\r?\nWell paced, Pat", text.Trim());

        using var colleague = await StaffAsync(await app.CreateStaffAsync(clinic, [Role.Therapist]));
        var (_, theirs) = await colleague.GetPageAsync("/Staff/Snippets");
        Assert.Contains("Team close", theirs.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Pacing", theirs.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_trainees_feedback_waits_for_the_supervisor_who_returns_it_with_a_note_and_then_approves_a_corrected_version()
    {
        var (clinic, therapist, patient, submissionId) = await SentAsync();
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == therapist.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.FeedbackNeedsApproval, true)));
        var supervisorUser = await app.CreateStaffAsync(clinic, [Role.Supervisor]);
        using var staff = await StaffAsync(therapist);
        using var supervisor = await StaffAsync(supervisorUser);
        using var own = app.NewClient();
        await own.SignInPatientAsync(patient.User);
        var detail = $"/Staff/Submissions/Detail/{submissionId}";

        (await staff.PostFormAsync(detail, ("Feedback", "Good start."))).AssertRedirect("/Staff");
        Assert.Null((await own.GetPageAsync("/Patient/Feedback")).Page.QuerySelector(".thread-feedback"));
        Assert.Contains(await app.WorkOfAsync(clinic, supervisorUser, Role.Supervisor), i => i.Kind == WorkKind.Review && i.SubjectId == submissionId);

        var noNote = await supervisor.PostFormAsync(detail, [new("Note", "")], detail + "?handler=Return");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noNote.StatusCode);
        Assert.Contains("Say what to change", await FormClient.ErrorsAsync(noNote), StringComparison.Ordinal);
        (await supervisor.PostFormAsync(detail, [new("Note", "Name one thing from the diary.")], detail + "?handler=Return")).AssertRedirect("/Staff");

        var (_, returned) = await staff.GetPageAsync(detail);
        Assert.Contains("Name one thing from the diary.", returned.QuerySelector(".feedback-editor")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Good start.", returned.QuerySelector("textarea[name=Feedback]")!.TextContent.Trim());
        (await staff.PostFormAsync(detail, ("Feedback", "Good start. Three walks this week."))).AssertRedirect("/Staff");

        (await supervisor.PostFormAsync(detail, [new("Feedback", "Good start! Three walks this week.")], detail + "?handler=Approve")).AssertRedirect("/Staff");

        var submission = await app.WithDbAsync(db => db.Submissions.AsNoTracking().SingleAsync(s => s.Id == submissionId));
        Assert.Equal((supervisorUser.Id, therapist.Id), (submission.ApprovedByUserId, submission.FeedbackByUserId));
        Assert.Contains("Good start! Three walks this week.", (await own.GetPageAsync("/Patient/Feedback")).Page.QuerySelector(".thread-feedback")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(await app.WorkOfAsync(clinic, supervisorUser, Role.Supervisor), i => i.Kind == WorkKind.Review);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.UserId == supervisorUser.Id && e.ObjectType == "Feedback" && e.Action == AuditAction.Update)));
    }

    [Fact]
    public async Task Two_therapists_sending_feedback_at_once_leave_one_feedback_and_no_error()
    {
        var (clinic, therapist, _, submissionId) = await SentAsync();
        var cover = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        await app.WithDbAsync(async db =>
        {
            var today = ClinicCalendar.DateOf(app.Clock.GetUtcNow());
            db.CoverPeriods.Add(new CoverPeriod(clinic.OrganisationId, therapist.Id, cover.Id, today, today, therapist.Id, app.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
        });
        using var first = await StaffAsync(therapist);
        using var second = await StaffAsync(cover);
        var detail = $"/Staff/Submissions/Detail/{submissionId}";

        var answers = await Task.WhenAll(first.PostFormAsync(detail, ("Feedback", "From the therapist.")), second.PostFormAsync(detail, ("Feedback", "From the cover.")));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
        Assert.Single(answers, a => a.RedirectPath() == "/Staff");
        var submission = await app.WithDbAsync(db => db.Submissions.AsNoTracking().SingleAsync(s => s.Id == submissionId));
        Assert.Equal(submission.FeedbackByUserId == therapist.Id ? "From the therapist." : "From the cover.", submission.Feedback);
    }

    private async Task<(Clinic, TestUser, TestPatient, Guid)> SentAsync()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var patient = await app.CreatePatientAsync(clinic, therapist);
        return (clinic, therapist, patient, await app.SendModule1Async(patient.Id));
    }

    private async Task<FormClient> StaffAsync(TestUser user)
    {
        var client = app.NewClient();
        await client.SignInStaffAsync(user);
        return client;
    }

    [GeneratedRegex(@"…\s*\[[^\]]+\]")]
    private static partial Regex Gap();
}
