using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tandem.BrowserTests.Infrastructure;
using Tandem.Domain;
using Tandem.Domain.Treatment;
using Tandem.Web.Content;
using Tandem.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace Tandem.BrowserTests;

/// <summary>A therapist on a phone reads a patient's questionnaire schedule and asks for a questionnaire now, in both languages.</summary>
public sealed class ScheduleTests(TandemApp app)
{
    [Fact]
    public async Task A_therapist_on_a_phone_sees_the_schedule_asks_for_a_questionnaire_and_reads_it_in_Dutch()
    {
        var therapist = await app.Accounts.CreateTherapistAsync(withAuthenticator: true);
        var patientId = await EnrolledPatientAsync(therapist);
        await using var context = await app.NewContextAsync(Viewports.Phone, "en-GB");
        var page = await context.NewPageAsync();
        await page.SignInStaffAsync(therapist);

        await page.GotoAsync($"/Staff/Patients/Detail/{patientId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Questionnaire schedule" }).ClickAsync();
        await page.WaitForURLAsync($"**/Staff/Measurements/Plan/{patientId}");
        await Expect(page.GetByRole(AriaRole.Table).First).ToContainTextAsync("Baseline (start of treatment)");
        await page.AccessibleAsync("schedules-01-plan-en");

        await page.Locator("#Ask_DueUntil").FillAsync("2000-01-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ask now" }).ClickAsync();
        await Expect(page.Locator(".error-summary")).ToContainTextAsync("ends today or later");
        await page.AccessibleAsync("schedules-02-ask-error-en");

        await page.Locator("#Ask_InstrumentId").SelectOptionAsync("sus");
        await page.Locator("#Ask_DueUntil").FillAsync(ClinicCalendar.DateOf(TimeProvider.System.GetUtcNow()).AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Ask now" }).ClickAsync();
        await Expect(page.Locator(".flash-info")).ToHaveTextAsync("The schedule has been saved.");
        await Expect(page.GetByRole(AriaRole.Table).First).ToContainTextAsync("Asked by the therapist");

        await page.GetByRole(AriaRole.Button, new() { Name = "Nederlands" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        await page.GotoAsync($"/Staff/Measurements/Plan/{patientId}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Vragenlijstschema");
        await page.AccessibleAsync("schedules-03-plan-nl");
    }

    /// <summary>A patient of the therapist enrolled in the CFS programme today.</summary>
    private async Task<Guid> EnrolledPatientAsync(StaffMember therapist)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == therapist.Email);
        var now = TimeProvider.System.GetUtcNow();
        var patient = new Domain.Patients.Patient(
            user.OrganisationId, user.SiteId!.Value, user.TeamId!.Value, user.Id, "Noor", "Testpersoon",
            $"noor-{Guid.NewGuid():N}@example.org", now);
        db.Patients.Add(patient);
        var programme = scope.ServiceProvider.GetRequiredService<ProgrammeCatalog>().Find("cfs")!;
        var choices = new EnrolmentChoices(
            GuidanceMode.ProtocolDriven, UnlockMode.OnCompletion, null, ClinicCalendar.DateOf(now),
            new IntakeChecklist(ProgrammeExplained: true, FormatDiscussed: true, GoalsAgreed: true), [], []);
        db.Enrolments.Add(Enrolment.Start(patient.Id, programme, choices, user.Id, now));
        await db.SaveChangesAsync();
        return patient.Id;
    }
}
