using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain;
using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;
using Tandem.Domain.Guidance;
using Tandem.Domain.Treatment;
using Tandem.IntegrationTests.Infrastructure;

namespace Tandem.IntegrationTests.Guidance;

public sealed class TeamTests(TandemApp app) : IClassFixture<TandemApp>
{
    [Fact]
    public async Task A_supervisor_reassigns_a_patient_with_a_reason_and_the_record_moves_with_its_work_to_the_new_therapist()
    {
        var clinic = await app.CreateClinicAsync();
        var leaving = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var taking = await app.CreateStaffAsync(clinic, [Role.Therapist], team: clinic.OtherTeam);
        var patient = await app.CreatePatientAsync(clinic, leaving);
        var submissionId = await app.SendModule1Async(patient.Id);
        var supervisorUser = await app.CreateStaffAsync(clinic, [Role.Supervisor]);
        using var supervisor = await StaffAsync(supervisorUser);
        var page = $"/Staff/Team/Reassign/{patient.Id}";

        var noReason = await supervisor.PostFormAsync(page, ("Input.TherapistId", taking.Id.ToString()), ("Input.Reason", ""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Contains("Give the reason", await FormClient.ErrorsAsync(noReason), StringComparison.Ordinal);
        var same = await supervisor.PostFormAsync(page, ("Input.TherapistId", leaving.Id.ToString()), ("Input.Reason", "Why not"));
        Assert.Contains("already has this therapist", await FormClient.ErrorsAsync(same), StringComparison.Ordinal);

        (await supervisor.PostFormAsync(page, ("Input.TherapistId", taking.Id.ToString()), ("Input.Reason", "Leaves the clinic in December."))).AssertRedirect("/Staff/Team");

        var moved = await app.WithDbAsync(db => db.Patients.AsNoTracking().SingleAsync(p => p.Id == patient.Id));
        Assert.Equal((taking.Id, clinic.OtherTeam.TeamId), (moved.TherapistId, moved.TeamId));
        var record = await app.WithDbAsync(db => db.Reassignments.AsNoTracking().SingleAsync(r => r.PatientId == patient.Id));
        Assert.Equal((leaving.Id, taking.Id, supervisorUser.Id, "Leaves the clinic in December."), (record.FromTherapistId, record.ToTherapistId, record.ByUserId, record.Reason));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.PatientId == patient.Id && e.UserId == supervisorUser.Id
            && e.ObjectType == nameof(Reassignment) && e.Action == AuditAction.Update)));
        Assert.Contains(await app.WorkOfAsync(clinic, taking), i => i.SubjectId == submissionId);
        Assert.DoesNotContain(await app.WorkOfAsync(clinic, leaving), i => i.PatientId == patient.Id);
        using var old = await StaffAsync(leaving);
        Assert.Equal(HttpStatusCode.NotFound, (await old.GetAsync($"/Staff/Patients/Detail/{patient.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync(page)).StatusCode); // now another team's patient
    }

    [Fact]
    public async Task The_team_view_counts_open_work_per_therapist_and_the_supervisor_turns_approval_on_for_a_trainee()
    {
        var clinic = await app.CreateClinicAsync();
        var busy = await app.CreateStaffAsync(clinic, [Role.Therapist], name: "Busy Therapist");
        var quiet = await app.CreateStaffAsync(clinic, [Role.Therapist], name: "Quiet Therapist");
        var outsider = await app.CreateStaffAsync(clinic, [Role.Therapist], team: clinic.OtherTeam, name: "Other Team");
        foreach (var _ in Enumerable.Range(0, 2))
        {
            await app.SendModule1Async((await app.CreatePatientAsync(clinic, busy)).Id);
        }

        await app.CreatePatientAsync(clinic, quiet);
        using var supervisor = await StaffAsync(await app.CreateStaffAsync(clinic, [Role.Supervisor]));

        var (_, page) = await supervisor.GetPageAsync("/Staff/Team");
        string[] Row(string name) => [.. page.QuerySelectorAll("table.team-work tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent == name).QuerySelectorAll("td").Take(6).Select(c => c.TextContent.Trim())];
        Assert.Equal(["2", "0", "2", "0", "0", "0"], Row("Busy Therapist"));
        Assert.Equal(["1", "0", "0", "0", "0", "0"], Row("Quiet Therapist"));
        Assert.DoesNotContain("Other Team", page.Body!.TextContent, StringComparison.Ordinal);

        (await supervisor.PostFormAsync("/Staff/Team", [new("needsApproval", "true")], $"/Staff/Team?handler=Approval&therapistId={quiet.Id}")).AssertRedirect("/Staff/Team");
        Assert.True(await app.WithDbAsync(db => db.Users.Where(u => u.Id == quiet.Id).Select(u => u.FeedbackNeedsApproval).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound,
            (await supervisor.PostFormAsync("/Staff/Team", [new("needsApproval", "true")], $"/Staff/Team?handler=Approval&therapistId={outsider.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_site_closing_day_moves_the_feedback_deadline_and_on_demand_guidance_has_none()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var patient = await app.CreatePatientAsync(clinic, therapist);
        await app.EnrolAsync(patient, therapist, "cfs");
        var submissionId = await app.SendModule1Async(patient.Id);
        var before = Assert.Single(await app.WorkOfAsync(clinic, therapist), i => i.SubjectId == submissionId).Deadline!.Due;
        using var manager = await StaffAsync(await app.CreateStaffAsync(clinic, [Role.Manager]));
        var sentOn = ClinicCalendar.DateOf(app.Clock.GetUtcNow());
        var closed = WorkingCalendar.WeekdaysOnly.AddWorkingDays(sentOn, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        (await manager.PostFormAsync("/Staff/Team/ClosingDays", ("Input.Day", closed), ("Input.Name", "Team day"))).AssertRedirect("/Staff/Team/ClosingDays");
        var twice = await manager.PostFormAsync("/Staff/Team/ClosingDays", ("Input.Day", closed), ("Input.Name", "Again"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, twice.StatusCode);
        Assert.Contains("already a closing day", await FormClient.ErrorsAsync(twice), StringComparison.Ordinal);

        var after = Assert.Single(await app.WorkOfAsync(clinic, therapist), i => i.SubjectId == submissionId).Deadline!.Due;
        Assert.Equal(WorkingCalendar.WeekdaysOnly.AddWorkingDays(before, 1), after);

        using var staff = await StaffAsync(therapist);
        var plan = $"/Staff/Treatment/Plan/{patient.Id}";
        var noReason = await staff.PostFormAsync(plan, [new("Input.Guidance", "OnDemand"), new("Input.Reason", "")], plan + "?handler=Guidance");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        (await staff.PostFormAsync(plan, [new("Input.Guidance", "OnDemand"), new("Input.Reason", "Works best when she asks.")], plan + "?handler=Guidance")).AssertRedirect(plan);

        var onDemand = Assert.Single(await app.WorkOfAsync(clinic, therapist), i => i.SubjectId == submissionId);
        Assert.Equal((WorkKind.FeedbackDue, null), (onDemand.Kind, onDemand.Deadline));
        var enrolmentId = await app.WithDbAsync(db => db.Enrolments.Where(e => e.PatientId == patient.Id).Select(e => e.Id).SingleAsync());
        var log = await app.WithDbAsync(db => db.Adaptations.AsNoTracking().SingleAsync(a => a.EnrolmentId == enrolmentId));
        Assert.Equal((AdaptationKind.GuidanceChanged, "OnDemand", "Works best when she asks."), (log.Kind, log.Detail, log.Reason));
    }

    private async Task<FormClient> StaffAsync(TestUser user)
    {
        var client = app.NewClient();
        await client.SignInStaffAsync(user);
        return client;
    }
}
