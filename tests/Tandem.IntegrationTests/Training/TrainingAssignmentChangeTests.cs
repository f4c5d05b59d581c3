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

/// <summary>Withdrawing an assignment of the eCoach course and changing its due date, on the team overview.</summary>
public sealed class TrainingAssignmentChangeTests(TandemApp app) : IClassFixture<TandemApp>
{
    private const string Team = "/Staff/Training/Team";

    private DateOnly Today => ClinicCalendar.DateOf(app.Clock.GetUtcNow());

    [Fact]
    public async Task A_withdrawn_assignment_leaves_the_therapists_start_page_and_keeps_who_withdrew_it()
    {
        var clinic = await app.CreateClinicAsync();
        var supervisorUser = await app.CreateStaffAsync(clinic, [Role.Supervisor]);
        var therapistUser = await app.CreateStaffAsync(clinic, [Role.Therapist], name: "Wim Withdrawn");
        using var supervisor = await StaffAsync(supervisorUser);
        using var therapist = await StaffAsync(therapistUser);
        var assignmentId = await AssignAsync(supervisor, therapistUser, Today.AddDays(14));
        var (_, before) = await therapist.GetPageAsync("/Staff");
        Assert.NotNull(before.QuerySelector(".training-todo"));

        (await WithdrawAsync(supervisor, assignmentId)).AssertRedirect(Team);

        var (_, home) = await therapist.GetPageAsync("/Staff");
        Assert.Null(home.QuerySelector(".training-todo"));
        var (_, course) = await therapist.GetPageAsync("/Staff/Training");
        Assert.DoesNotContain("asked you to take this training", course.Body!.TextContent, StringComparison.Ordinal);
        var (_, team) = await supervisor.GetPageAsync(Team);
        var row = team.QuerySelectorAll("table tbody tr").Single(r => r.TextContent.Contains("Wim Withdrawn", StringComparison.Ordinal));
        Assert.Contains("Not assigned", row.TextContent, StringComparison.Ordinal);
        Assert.Null(team.QuerySelector($"select[name='AssignmentId'] option[value='{assignmentId}']"));
        var withdrawn = await app.WithDbAsync(db => db.TrainingAssignments.SingleAsync(a => a.Id == assignmentId));
        Assert.Equal(supervisorUser.Id, withdrawn.WithdrawnById);
        Assert.Equal(app.Clock.GetUtcNow(), withdrawn.WithdrawnAt!.Value, TimeSpan.FromMilliseconds(1));
        Assert.Empty(await SendNoticesToAsync(therapistUser)); // withdrawn before the reminder job came by: no e-mail

        var again = await WithdrawAsync(supervisor, assignmentId);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("This assignment was withdrawn", await FormClient.ErrorsAsync(again), StringComparison.Ordinal);
        var reassigned = await AssignAsync(supervisor, therapistUser, null);
        Assert.NotEqual(assignmentId, reassigned);
        Assert.Equal(2, await app.WithDbAsync(db => db.TrainingAssignments.CountAsync(a => a.StaffMemberId == therapistUser.Id)));
    }

    [Fact]
    public async Task Only_a_supervisor_or_manager_overseeing_the_therapist_may_withdraw_or_change_an_assignment()
    {
        var clinic = await app.CreateClinicAsync();
        var supervisorUser = await app.CreateStaffAsync(clinic, [Role.Supervisor]);
        var therapistUser = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        using var supervisor = await StaffAsync(supervisorUser);
        using var otherSupervisor = await StaffAsync(await app.CreateStaffAsync(clinic, [Role.Supervisor], team: clinic.OtherTeam));
        using var otherManager = await StaffAsync(await app.CreateStaffAsync(clinic, [Role.Manager], team: clinic.OtherTeam));
        using var manager = await StaffAsync(await app.CreateStaffAsync(clinic, [Role.Manager]));
        using var therapist = await StaffAsync(therapistUser);
        var assignmentId = await AssignAsync(supervisor, therapistUser, Today.AddDays(14));

        foreach (var outside in new[] { otherSupervisor, otherManager })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await WithdrawAsync(outside, assignmentId)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await ChangeDueAsync(outside, assignmentId, Day(Today.AddDays(30)))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await WithdrawAsync(supervisor, Guid.NewGuid())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ChangeDueAsync(supervisor, Guid.NewGuid(), Day(Today))).StatusCode);
        (await therapist.PostFormAsync("/Staff/Training", [new("AssignmentId", assignmentId.ToString())], Team + "?handler=Withdraw"))
            .AssertRedirect("/Account/AccessDenied");
        (await therapist.PostFormAsync("/Staff/Training", [new("AssignmentId", assignmentId.ToString()), new("NewDueOn", Day(Today))], Team + "?handler=ChangeDue"))
            .AssertRedirect("/Account/AccessDenied");
        Assert.Null((await app.WithDbAsync(db => db.TrainingAssignments.SingleAsync(a => a.Id == assignmentId))).WithdrawnAt);

        (await WithdrawAsync(manager, assignmentId)).AssertRedirect(Team); // the manager of the therapist's site
        Assert.NotNull((await app.WithDbAsync(db => db.TrainingAssignments.SingleAsync(a => a.Id == assignmentId))).WithdrawnAt);
    }

    [Fact]
    public async Task A_new_due_date_must_be_from_today_up_to_a_year_ahead_and_is_mailed_again()
    {
        var clinic = await app.CreateClinicAsync();
        var supervisorUser = await app.CreateStaffAsync(clinic, [Role.Supervisor]);
        var managerUser = await app.CreateStaffAsync(clinic, [Role.Manager]);
        var therapistUser = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        using var supervisor = await StaffAsync(supervisorUser);
        using var manager = await StaffAsync(managerUser);
        var assignmentId = await AssignAsync(supervisor, therapistUser, Today.AddDays(14));
        Assert.Single(await SendNoticesToAsync(therapistUser));

        foreach (var bad in new[] { Day(Today.AddDays(-1)), Day(Today.AddYears(1).AddDays(1)) })
        {
            var refused = await ChangeDueAsync(manager, assignmentId, bad);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Contains("today or later, and at most a year away", await FormClient.ErrorsAsync(refused), StringComparison.Ordinal);
        }

        var notADate = await ChangeDueAsync(manager, assignmentId, "next week");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notADate.StatusCode);
        Assert.NotEmpty(await FormClient.ErrorsAsync(notADate));
        Assert.Equal(Today.AddDays(14), (await app.WithDbAsync(db => db.TrainingAssignments.SingleAsync(a => a.Id == assignmentId))).DueOn);

        (await ChangeDueAsync(manager, assignmentId, Day(Today.AddDays(60)))).AssertRedirect(Team);

        var changed = await app.WithDbAsync(db => db.TrainingAssignments.SingleAsync(a => a.Id == assignmentId));
        Assert.Equal((Today.AddDays(60), supervisorUser.Id), (changed.DueOn, changed.AssignedById)); // who asked stays
        var mail = Assert.Single(await SendNoticesToAsync(therapistUser));
        Assert.Contains(Today.AddDays(60).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en")), mail.TextBody, StringComparison.Ordinal);
        (await ChangeDueAsync(manager, assignmentId, "")).AssertRedirect(Team); // no due date any more
        Assert.Null((await app.WithDbAsync(db => db.TrainingAssignments.SingleAsync(a => a.Id == assignmentId))).DueOn);
    }

    [Fact]
    public async Task A_completed_course_stays_completed_and_its_assignment_can_no_longer_be_changed_or_withdrawn()
    {
        var clinic = await app.CreateClinicAsync();
        var therapistUser = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        using var supervisor = await StaffAsync(await app.CreateStaffAsync(clinic, [Role.Supervisor]));
        var assignmentId = await AssignAsync(supervisor, therapistUser, Today.AddDays(14));
        await CompleteAsync(therapistUser);

        var withdraw = await WithdrawAsync(supervisor, assignmentId);
        var change = await ChangeDueAsync(supervisor, assignmentId, Day(Today.AddDays(30)));

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (withdraw.StatusCode, change.StatusCode));
        Assert.Contains("already completed", await FormClient.ErrorsAsync(withdraw), StringComparison.Ordinal);
        var assignment = await app.WithDbAsync(db => db.TrainingAssignments.SingleAsync(a => a.Id == assignmentId));
        Assert.Equal((null, Today.AddDays(14)), (assignment.WithdrawnAt, assignment.DueOn));
        Assert.True(await app.WithDbAsync(db => db.CourseCompletions.AnyAsync(c => c.StaffMemberId == therapistUser.Id)));
    }

    [Fact]
    public async Task Changing_and_withdrawing_an_assignment_are_in_the_audit_trail()
    {
        var clinic = await app.CreateClinicAsync();
        var supervisorUser = await app.CreateStaffAsync(clinic, [Role.Supervisor]);
        using var supervisor = await StaffAsync(supervisorUser);
        var assignmentId = await AssignAsync(supervisor, await app.CreateStaffAsync(clinic, [Role.Therapist]), null);

        (await ChangeDueAsync(supervisor, assignmentId, Day(Today.AddDays(7)))).AssertRedirect(Team);
        (await WithdrawAsync(supervisor, assignmentId)).AssertRedirect(Team);

        var entries = await app.WithDbAsync(db => db.AuditEntries
            .Where(e => e.UserId == supervisorUser.Id && e.ObjectType == nameof(TrainingAssignment) && e.ObjectId == assignmentId.ToString())
            .Select(e => e.Action).ToListAsync());
        Assert.Equal([AuditAction.Create, AuditAction.Update, AuditAction.Delete], entries.Order());
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<Guid> AssignAsync(FormClient supervisor, TestUser therapist, DateOnly? dueOn)
    {
        (await supervisor.PostFormAsync(Team, [new("StaffMemberId", therapist.Id.ToString()), new("DueOn", dueOn is { } due ? Day(due) : "")], Team + "?handler=Assign"))
            .AssertRedirect(Team);
        return await app.WithDbAsync(db => db.TrainingAssignments.Where(a => a.StaffMemberId == therapist.Id && a.WithdrawnAt == null).Select(a => a.Id).SingleAsync());
    }

    private static Task<HttpResponseMessage> WithdrawAsync(FormClient client, Guid assignmentId) =>
        client.PostFormAsync(Team, [new("AssignmentId", assignmentId.ToString()), new("NewDueOn", "")], Team + "?handler=Withdraw");

    private static Task<HttpResponseMessage> ChangeDueAsync(FormClient client, Guid assignmentId, string dueOn) =>
        client.PostFormAsync(Team, [new("AssignmentId", assignmentId.ToString()), new("NewDueOn", dueOn)], Team + "?handler=ChangeDue");

    /// <summary>Runs the reminder job once and returns what it sent to <paramref name="user"/> in that run.</summary>
    private async Task<IReadOnlyList<MimeKit.MimeMessage>> SendNoticesToAsync(TestUser user)
    {
        var before = app.Mail.To(user.Email).Count;
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TrainingNotices>().RunOnceAsync(TestContext.Current.CancellationToken);
        return [.. app.Mail.To(user.Email).Skip(before)];
    }

    private Task CompleteAsync(TestUser user) => app.WithDbAsync(async db =>
    {
        var course = app.Services.GetRequiredService<TrainingCatalog>().ECoach;
        db.CourseCompletions.Add(CourseCompletion.For(course, user.Id, course.Lessons.Select(l => l.Id), app.Clock.GetUtcNow()));
        await db.SaveChangesAsync();
    });

    private async Task<FormClient> StaffAsync(TestUser user)
    {
        var client = app.NewClient();
        await client.SignInStaffAsync(user);
        return client;
    }
}
