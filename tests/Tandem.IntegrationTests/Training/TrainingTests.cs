using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Domain;
using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;
using Tandem.Domain.Training;
using Tandem.IntegrationTests.Infrastructure;
using Tandem.Web.Content;
using Tandem.Web.Training;

namespace Tandem.IntegrationTests.Training;

public sealed class TrainingTests(TandemApp app) : IClassFixture<TandemApp>
{
    private Course Course => app.Services.GetRequiredService<TrainingCatalog>().ECoach;

    [Fact]
    public async Task Marking_every_lesson_done_completes_the_course_once_and_opens_the_survey()
    {
        var clinic = await app.CreateClinicAsync();
        var user = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        using var therapist = await StaffAsync(user);

        var (_, lesson) = await therapist.GetPageAsync("/Staff/Training/Lesson/ecoach-03-working-in-tandem");
        Assert.Contains("{average-fatigue}", lesson.Body!.TextContent, StringComparison.Ordinal); // an example placeholder, shown as written
        Assert.Equal(HttpStatusCode.NotFound, (await therapist.GetAsync("/Staff/Training/Lesson/no-such-lesson")).StatusCode);
        var early = await therapist.PostFormAsync("/Staff/Training/Survey", Agree("4"));
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);

        foreach (var done in Course.Lessons.SkipLast(1))
        {
            (await MarkDoneAsync(therapist, done.Id)).AssertRedirect("/Staff/Training");
        }

        Assert.False(await app.WithDbAsync(db => db.CourseCompletions.AnyAsync(c => c.StaffMemberId == user.Id)));
        (await MarkDoneAsync(therapist, Course.Lessons[^1].Id)).AssertRedirect("/Staff/Training");

        var completion = await app.WithDbAsync(db => db.CourseCompletions.SingleAsync(c => c.StaffMemberId == user.Id));
        Assert.Equal((Course.ECoach, Course.Version), (completion.CourseId, completion.CourseVersion));
        Assert.Equal(app.Clock.GetUtcNow(), completion.CompletedAt, TimeSpan.FromMilliseconds(1)); // PostgreSQL keeps microseconds
        Assert.Equal(4, await app.WithDbAsync(db => db.LessonProgress.CountAsync(p => p.StaffMemberId == user.Id && p.DoneAt != null)));
        var (_, overview) = await therapist.GetPageAsync("/Staff/Training");
        Assert.Contains("4 of 4 lessons done", overview.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(overview.QuerySelector("a[href='/Staff/Training/Survey']"));

        var incomplete = await therapist.PostFormAsync("/Staff/Training/Survey", [.. Agree("4")[..7], ("Answers[7]", "6")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, incomplete.StatusCode);
        Assert.Contains("how much you agree", await FormClient.ErrorsAsync(incomplete), StringComparison.Ordinal);
        (await therapist.PostFormAsync("/Staff/Training/Survey", Agree("4"))).AssertRedirect("/Staff/Training");
        Assert.Equal(HttpStatusCode.Conflict, (await therapist.PostFormAsync("/Staff/Training/Survey", Agree("2"))).StatusCode);

        var answers = await app.WithDbAsync(db => db.TrainingSurveyAnswers.Where(a => a.OrganisationId == clinic.OrganisationId).ToListAsync());
        Assert.Equal(8, answers.Count);
        Assert.All(answers, a => Assert.Equal((4, clinic.Team.SiteId), (a.Agreement, a.SiteId)));
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.UserId == user.Id).Select(e => new { e.ObjectType, e.Action }).ToListAsync());
        Assert.Equal(4, audit.Count(e => e.ObjectType == nameof(LessonProgress) && e.Action == AuditAction.Update));
        Assert.Single(audit, e => e.ObjectType == nameof(CourseCompletion) && e.Action == AuditAction.Create);
        Assert.Single(audit, e => e.ObjectType == nameof(SurveyParticipation) && e.Action == AuditAction.Create);
    }

    [Fact]
    public async Task Notes_on_a_lesson_exercise_are_saved_for_the_staff_member_and_bad_choices_refused()
    {
        var clinic = await app.CreateClinicAsync();
        var user = await app.CreateStaffAsync(clinic, [Role.Supervisor]);
        using var supervisor = await StaffAsync(user);
        const string page = "/Staff/Training/Lesson/ecoach-01-the-programmes";

        var saved = await supervisor.PostFormAsync(page, [new("exerciseId", "pattern-in-practice"), new("pattern-in-practice.pattern", "low"), new("pattern-in-practice.first-step", "Five minutes outside")], page + "?handler=Save");
        Assert.Equal(page + "#pattern-in-practice", saved.Headers.Location?.OriginalString);
        var bad = await supervisor.PostFormAsync(page, [new("exerciseId", "pattern-in-practice"), new("pattern-in-practice.pattern", "sometimes")], page + "?handler=Save");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var (_, again) = await supervisor.GetPageAsync(page);
        Assert.Equal("Five minutes outside", again.QuerySelector("textarea[name='pattern-in-practice.first-step']")!.TextContent);
        Assert.NotNull(again.QuerySelector("input[value='low'][checked]"));
        var progress = await app.WithDbAsync(db => db.LessonProgress.SingleAsync(p => p.StaffMemberId == user.Id));
        Assert.Null(progress.DoneAt);
    }

    [Fact]
    public async Task A_supervisor_assigns_the_course_to_a_therapist_of_the_team_who_sees_it_on_the_start_page()
    {
        var clinic = await app.CreateClinicAsync();
        var supervisorUser = await app.CreateStaffAsync(clinic, [Role.Supervisor], name: "Sanne Supervisor");
        var therapistUser = await app.CreateStaffAsync(clinic, [Role.Therapist], name: "Tom Therapist");
        var elsewhere = await app.CreateStaffAsync(clinic, [Role.Therapist], team: clinic.OtherTeam);
        using var supervisor = await StaffAsync(supervisorUser);
        using var therapist = await StaffAsync(therapistUser);
        var today = ClinicCalendar.DateOf(app.Clock.GetUtcNow());
        string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var (_, team) = await supervisor.GetPageAsync("/Staff/Training/Team");
        Assert.Contains("Tom Therapist", team.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(elsewhere.DisplayName, team.Body.TextContent, StringComparison.Ordinal);
        var past = await supervisor.PostFormAsync("/Staff/Training/Team", [new("StaffMemberId", therapistUser.Id.ToString()), new("DueOn", Day(today.AddDays(-1)))], "/Staff/Training/Team?handler=Assign");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, past.StatusCode);
        var outside = await supervisor.PostFormAsync("/Staff/Training/Team", [new("StaffMemberId", elsewhere.Id.ToString()), new("DueOn", "")], "/Staff/Training/Team?handler=Assign");
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        (await supervisor.PostFormAsync("/Staff/Training/Team", [new("StaffMemberId", therapistUser.Id.ToString()), new("DueOn", Day(today.AddDays(14)))], "/Staff/Training/Team?handler=Assign"))
            .AssertRedirect("/Staff/Training/Team");
        (await therapist.PostFormAsync("/Staff/Training/Lesson/ecoach-01-the-programmes", [new("StaffMemberId", elsewhere.Id.ToString())], "/Staff/Training/Team?handler=Assign"))
            .AssertRedirect("/Account/AccessDenied");

        var assignment = await app.WithDbAsync(db => db.TrainingAssignments.SingleAsync(a => a.StaffMemberId == therapistUser.Id));
        Assert.Equal((supervisorUser.Id, today.AddDays(14)), (assignment.AssignedById, assignment.DueOn));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.UserId == supervisorUser.Id && e.ObjectType == nameof(TrainingAssignment) && e.Action == AuditAction.Create)));
        Assert.Equal(1, await RunNoticesAsync());
        Assert.Equal(0, await RunNoticesAsync());
        var mail = app.Mail.SingleTo(therapistUser.Email);
        Assert.Equal("A training is waiting for you in Tandem", mail.Subject);
        Assert.Contains("/Staff/Training", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Sanne", mail.TextBody, StringComparison.Ordinal);
        var (_, home) = await therapist.GetPageAsync("/Staff");
        Assert.NotNull(home.QuerySelector(".training-todo a[href='/Staff/Training']"));
        var (_, course) = await therapist.GetPageAsync("/Staff/Training");
        Assert.Contains("Sanne Supervisor asked you to take this training", course.Body!.TextContent, StringComparison.Ordinal);

        (await MarkDoneAsync(therapist, Course.Lessons[0].Id)).AssertRedirect("/Staff/Training");
        var (_, progress) = await supervisor.GetPageAsync("/Staff/Training/Team");
        var row = progress.QuerySelectorAll("table tbody tr").Single(r => r.TextContent.Contains("Tom Therapist", StringComparison.Ordinal));
        Assert.Contains("1 of 4 lessons done", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Not yet", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Survey_means_appear_for_a_site_only_from_five_respondents()
    {
        var clinic = await app.CreateClinicAsync();
        using var manager = await StaffAsync(await app.CreateStaffAsync(clinic, [Role.Manager]));
        for (var i = 1; i <= 5; i++)
        {
            var user = await app.CreateStaffAsync(clinic, [Role.Therapist]);
            await CompleteAsync(user);
            using var respondent = await StaffAsync(user);
            (await respondent.PostFormAsync("/Staff/Training/Survey", Agree(i == 5 ? "1" : "5"))).AssertRedirect("/Staff/Training");
            var (_, results) = await manager.GetPageAsync("/Staff/Training/Results");
            if (i < 5)
            {
                Assert.Null(results.QuerySelector("table"));
                Assert.DoesNotContain("5.00", results.Body!.TextContent, StringComparison.Ordinal);
            }
            else
            {
                var cells = results.QuerySelectorAll("table tbody tr")[0].QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray();
                Assert.Equal(["4.20", "5"], cells);
            }
        }

        using var therapist = await StaffAsync(await app.CreateStaffAsync(clinic, [Role.Therapist]));
        (await therapist.GetAsync("/Staff/Training/Results")).AssertRedirect("/Account/AccessDenied");
    }

    private Task CompleteAsync(TestUser user) => app.WithDbAsync(async db =>
    {
        var now = app.Clock.GetUtcNow();
        foreach (var lesson in Course.Lessons)
        {
            var progress = new LessonProgress(user.Id, Course.Id, lesson.Id);
            progress.MarkDone(now);
            db.LessonProgress.Add(progress);
        }

        db.CourseCompletions.Add(CourseCompletion.For(Course, user.Id, Course.Lessons.Select(l => l.Id), now));
        await db.SaveChangesAsync();
    });

    private async Task<int> RunNoticesAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TrainingNotices>().RunOnceAsync(TestContext.Current.CancellationToken);
    }

    private static Task<HttpResponseMessage> MarkDoneAsync(FormClient client, string lessonId) =>
        client.PostFormAsync($"/Staff/Training/Lesson/{lessonId}", [], $"/Staff/Training/Lesson/{lessonId}?handler=Done");

    private static (string, string)[] Agree(string value) => [.. Enumerable.Range(0, 8).Select(i => ($"Answers[{i}]", value))];

    private async Task<FormClient> StaffAsync(TestUser user)
    {
        var client = app.NewClient();
        await client.SignInStaffAsync(user);
        return client;
    }
}
