using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tandem.BrowserTests.Infrastructure;
using Tandem.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace Tandem.BrowserTests;

/// <summary>A therapist on a phone enrols a chronic-pain patient from the intake risk profile and adapts the plan.</summary>
public sealed class TreatmentPlanTests(TandemApp app)
{
    [Fact]
    public async Task A_therapist_on_a_phone_enrols_a_chronic_pain_patient_from_the_risk_profile_and_hides_a_module_with_a_reason()
    {
        var therapist = await app.Accounts.CreateTherapistAsync(withAuthenticator: true);
        var patientId = await CreatePatientAsync(therapist, "Ruben");
        var otherPatientId = await CreatePatientAsync(therapist, "Mila");
        await using var context = await app.NewContextAsync(Viewports.Phone, "en-GB");
        var page = await context.NewPageAsync();
        await page.SignInStaffAsync(therapist);

        // Step 1: choose the programme.
        await page.GotoAsync($"/Staff/Treatment/Enrol/{patientId}");
        await page.AccessibleAsync("treatment-01-enrol-programme-en");
        await page.GetByLabel("Living with pain").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.WaitForURLAsync("**programme=chronic-pain");
        await page.AccessibleAsync("treatment-02-enrol-details-en");

        // The risk profile proposes modules; the therapist confirms the proposal.
        var sleepModule = page.GetByRole(AriaRole.Checkbox, new() { Name = "Sleeping with pain" });
        await Expect(sleepModule).Not.ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Sleep problems" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Propose modules" }).ClickAsync();
        await Expect(sleepModule).ToBeCheckedAsync();
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Sleep problems" })).ToBeCheckedAsync();
        await page.AccessibleAsync("treatment-03-enrol-proposal-en");

        await page.GetByLabel("The programme was explained").CheckAsync();
        await page.GetByLabel("Online versus face-to-face treatment was discussed").CheckAsync();
        await page.GetByLabel("Treatment goals were agreed").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enrol", Exact = true }).ClickAsync();

        await page.WaitForURLAsync($"**/Staff/Treatment/Plan/{patientId}");
        await Expect(page.Locator(".flash-info")).ToContainTextAsync("Living with pain");
        var modules = page.Locator("li.plan-module");
        await Expect(modules).ToHaveCountAsync(3);
        await page.AccessibleAsync("treatment-04-plan-en");

        // Hide the sleep module, with a reason.
        var sleep = modules.Filter(new() { HasText = "Sleeping with pain" });
        await sleep.Locator("summary").ClickAsync();
        await sleep.GetByLabel("Reason").FillAsync("Sleep is going well at the moment.");
        await sleep.GetByRole(AriaRole.Button, new() { Name = "Hide" }).ClickAsync();

        await Expect(page.Locator(".flash-info")).ToHaveTextAsync("The plan has been changed.");
        await Expect(modules.Filter(new() { HasText = "Sleeping with pain" })).ToContainTextAsync("Hidden from the patient");
        var log = page.GetByRole(AriaRole.Table);
        await Expect(log).ToContainTextAsync("Sleep is going well at the moment.");
        await Expect(log).ToContainTextAsync(therapist.DisplayName);
        await page.AccessibleAsync("treatment-05-plan-log-en");

        // The same pages in Dutch.
        await page.GetByRole(AriaRole.Button, new() { Name = "Nederlands" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        await page.GotoAsync($"/Staff/Treatment/Plan/{patientId}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Behandelplan");
        await page.AccessibleAsync("treatment-06-plan-nl");

        await page.GotoAsync($"/Staff/Treatment/Enrol/{otherPatientId}");
        await page.AccessibleAsync("treatment-07-enrol-programme-nl");
        await page.GotoAsync($"/Staff/Treatment/Enrol/{otherPatientId}?programme=chronic-pain");
        await page.AccessibleAsync("treatment-08-enrol-details-nl");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inschrijven", Exact = true }).ClickAsync();
        await Expect(page.Locator(".error-summary")).ToContainTextAsync("intakechecklist");
        await page.AccessibleAsync("treatment-09-enrol-errors-nl");
    }

    /// <summary>A patient record of the therapist, as the invite page would make it.</summary>
    private async Task<Guid> CreatePatientAsync(StaffMember therapist, string givenName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == therapist.Email);
        var patient = new Domain.Patients.Patient(
            user.OrganisationId, user.SiteId!.Value, user.TeamId!.Value, user.Id, givenName, "Testpersoon",
            $"{givenName.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org", TimeProvider.System.GetUtcNow());
        db.Patients.Add(patient);
        await db.SaveChangesAsync();
        return patient.Id;
    }
}
