using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;
using Tandem.Domain.Guidance;
using Tandem.IntegrationTests.Infrastructure;
using Tandem.Web.Guidance;
using Tandem.Web.Reminders;

namespace Tandem.IntegrationTests.Guidance;

public sealed class ThreadTests(TandemApp app) : IClassFixture<TandemApp>
{
    [Fact]
    public async Task A_therapist_and_a_patient_write_in_one_thread_with_read_status_and_the_email_only_says_something_is_new()
    {
        var (clinic, therapist, patient) = await PatientAsync();
        using var staff = await StaffAsync(therapist);
        var thread = $"/Staff/Thread/{patient.Id}";

        (await staff.PostFormAsync(thread, ("Body", "How did the walk on Saturday go?"))).AssertRedirect(thread);
        await RemindAsync();

        var mail = app.Mail.SingleTo(patient.User.Email);
        Assert.Contains("Something new for you in Tandem", mail.Subject, StringComparison.Ordinal);
        foreach (var secret in new[] { "walk", "Saturday", patient.GivenName, therapist.DisplayName })
        {
            Assert.DoesNotContain(secret, mail.Subject + mail.TextBody, StringComparison.OrdinalIgnoreCase);
        }

        using var own = app.NewClient();
        await own.SignInPatientAsync(patient.User);
        Assert.Contains("1 new message", (await own.GetPageAsync("/Patient")).Page.Body!.TextContent, StringComparison.Ordinal);
        var (_, page) = await own.GetPageAsync("/Patient/Feedback");
        var entry = Assert.Single(page.QuerySelectorAll(".thread-message"));
        Assert.Contains("How did the walk on Saturday go?", entry.TextContent, StringComparison.Ordinal);
        Assert.Contains("New", entry.QuerySelector(".read-status")!.TextContent, StringComparison.Ordinal);
        (await own.PostFormAsync("/Patient/Feedback", ("Body", "It went well, I walked twice."))).AssertRedirect("/Patient/Feedback");

        Assert.Contains(await WorkAsync(clinic, therapist), i => i.Kind == WorkKind.NewMessage && i.PatientId == patient.Id);
        (_, page) = await staff.GetPageAsync(thread);
        var entries = page.QuerySelectorAll(".thread-message");
        Assert.Equal(2, entries.Length);
        Assert.StartsWith("Read on", entries[0].QuerySelector(".read-status")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("It went well", entries[1].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(await WorkAsync(clinic, therapist), i => i.Kind == WorkKind.NewMessage);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.PatientId == patient.Id && e.UserId == therapist.Id
            && e.ObjectType == PatientThread.AuditObject && e.Action == AuditAction.Read)));
        Assert.Equal(2, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.PatientId == patient.Id
            && e.ObjectType == nameof(Message) && e.Action == AuditAction.Create)));

        await RemindAsync();
        Assert.Single(app.Mail.To(patient.User.Email)); // what the patient read brings no second e-mail
    }

    [Fact]
    public async Task A_supervisor_reads_along_without_marking_the_patients_message_read_and_may_not_write()
    {
        var (clinic, therapist, patient) = await PatientAsync();
        using var own = app.NewClient();
        await own.SignInPatientAsync(patient.User);
        await own.PostFormAsync("/Patient/Feedback", ("Body", "A question about my diary."));
        using var supervisor = await StaffAsync(await app.CreateStaffAsync(clinic, [Role.Supervisor]));
        var thread = $"/Staff/Thread/{patient.Id}";

        var (_, page) = await supervisor.GetPageAsync(thread);

        Assert.Contains("A question about my diary.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#thread-write"));
        Assert.Equal("/Account/AccessDenied", (await supervisor.PostFormAsync(thread, ("Body", "From the supervisor"))).RedirectPath());
        Assert.Null(await app.WithDbAsync(db => db.Messages.Where(m => m.PatientId == patient.Id).Select(m => m.ReadAt).SingleAsync()));
        Assert.Contains(await WorkAsync(clinic, therapist), i => i.Kind == WorkKind.NewMessage && i.PatientId == patient.Id);
    }

    [Fact]
    public async Task An_unsent_message_is_kept_as_a_draft_across_a_reload_and_an_empty_one_is_refused_with_a_message()
    {
        var (_, therapist, patient) = await PatientAsync();
        using var staff = await StaffAsync(therapist);
        var thread = $"/Staff/Thread/{patient.Id}";

        var saved = await staff.PostFormAsync(thread, [new("Body", "Half a thought about")], thread + "?handler=Draft");
        Assert.Contains("\"saved\":true", await saved.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal("Half a thought about", (await staff.GetPageAsync(thread)).Page.QuerySelector("textarea[name=Body]")!.TextContent.Trim());

        var empty = await staff.PostFormAsync(thread, ("Body", "   "));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains("Write a message", await FormClient.ErrorsAsync(empty), StringComparison.Ordinal);

        (await staff.PostFormAsync(thread, ("Body", "Half a thought about pacing."))).AssertRedirect(thread);
        Assert.Equal("", (await staff.GetPageAsync(thread)).Page.QuerySelector("textarea[name=Body]")!.TextContent.Trim());
        Assert.False(await app.WithDbAsync(db => db.Drafts.AnyAsync(d => d.UserId == therapist.Id && d.SubjectId == patient.Id)));
    }

    [Fact]
    public async Task A_therapist_of_another_team_does_not_find_the_thread()
    {
        var (clinic, _, patient) = await PatientAsync();
        using var other = await StaffAsync(await app.CreateStaffAsync(clinic, [Role.Therapist], team: clinic.OtherTeam));

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Staff/Thread/{patient.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostFormAsync("/Staff", [new("Body", "Hello")], $"/Staff/Thread/{patient.Id}")).StatusCode);
    }

    private async Task<(Clinic, TestUser, TestPatient)> PatientAsync()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        return (clinic, therapist, await app.CreatePatientAsync(clinic, therapist));
    }

    private async Task<FormClient> StaffAsync(TestUser user)
    {
        var client = app.NewClient();
        await client.SignInStaffAsync(user);
        return client;
    }

    private async Task RemindAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReminderDispatcher>().RunOnceAsync(TestContext.Current.CancellationToken);
    }

    private Task<IReadOnlyList<WorkItem>> WorkAsync(Clinic clinic, TestUser therapist) => app.WorkOfAsync(clinic, therapist);
}
