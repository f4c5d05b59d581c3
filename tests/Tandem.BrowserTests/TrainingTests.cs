using Microsoft.Playwright;
using Tandem.BrowserTests.Infrastructure;
using Tandem.Domain.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Tandem.BrowserTests;

public sealed class TrainingTests(TandemApp app)
{
    [Fact]
    public async Task A_supervisor_assigns_the_course_and_sees_the_therapist_do_a_lesson_on_a_phone_in_Dutch()
    {
        var therapist = await app.Accounts.CreateTherapistAsync(withAuthenticator: true);
        var supervisor = await app.Accounts.CreateColleagueAsync(therapist, Role.Supervisor, "Sanne Supervisor");
        await using var supervisorContext = await app.NewContextAsync(Viewports.Desktop, "en-GB");
        var supervisorPage = await supervisorContext.NewPageAsync();
        await SignInAsync(supervisorPage, supervisor);

        await supervisorPage.GetByRole(AriaRole.Link, new() { Name = "eCoach training" }).ClickAsync();
        await supervisorPage.AccessibleAsync("training-01-course-en");
        await supervisorPage.GetByRole(AriaRole.Link, new() { Name = "Training of your team: assign the course and follow progress" }).ClickAsync();
        await supervisorPage.AccessibleAsync("training-02-team-en");
        await supervisorPage.Locator("#StaffMemberId").SelectOptionAsync(new SelectOptionValue { Label = therapist.DisplayName });
        await supervisorPage.Locator("#DueOn").FillAsync(Tandem.Domain.ClinicCalendar.DateOf(TimeProvider.System.GetUtcNow()).AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await supervisorPage.GetByRole(AriaRole.Button, new() { Name = "Assign the training" }).ClickAsync();
        await Expect(supervisorPage.Locator(".flash-info")).ToContainTextAsync(therapist.DisplayName);
        var row = supervisorPage.Locator("table.training-team tbody tr", new() { HasText = therapist.DisplayName });
        await Expect(row).ToContainTextAsync("By Sanne Supervisor");
        await Expect(row).ToContainTextAsync("0 of 4 lessons done");

        await using var phone = await app.NewContextAsync(Viewports.Phone, "nl-NL");
        var page = await phone.NewPageAsync();
        await SignInAsync(page, therapist);
        await page.GetByRole(AriaRole.Button, new() { Name = "Nederlands" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        await page.GotoAsync("/Staff");
        await Expect(page.Locator(".training-todo")).ToContainTextAsync("Je bent gevraagd de training voor e-coaches te volgen");
        await page.AccessibleAsync("training-03-start-phone-nl");
        await page.Locator(".training-todo").GetByRole(AriaRole.Link, new() { Name = "Naar de training" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Online begeleiden als e-coach");
        await Expect(page.Locator("main")).ToContainTextAsync("Sanne Supervisor heeft je gevraagd deze training te volgen");
        await page.AccessibleAsync("training-04-course-phone-nl");

        await page.GetByRole(AriaRole.Link, new() { Name = "De behandelingen: wat je patiënten doen en waarom" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("De behandelingen: wat je patiënten doen en waarom");
        await page.GetByLabel("Wat zou voor deze patiënt een eerste stap zijn die ook op een slechte dag lukt?").FillAsync("Elke dag vijf minuten naar buiten.");
        await Expect(page.Locator("#pattern-in-practice .autosave-status")).ToContainTextAsync("Opgeslagen om");
        await page.AccessibleAsync("training-05-lesson-phone-nl");
        await page.GetByRole(AriaRole.Button, new() { Name = "Markeer als klaar" }).ClickAsync();
        await Expect(page.Locator(".flash-info")).ToContainTextAsync("is gemarkeerd als klaar");
        await Expect(page.Locator("#progress-text")).ToHaveTextAsync("1 van 4 lessen klaar");

        await supervisorPage.ReloadAsync();
        await Expect(row).ToContainTextAsync("1 of 4 lessons done");
        await Expect(row).ToContainTextAsync("Not yet");
    }

    /// <summary>
    /// As <see cref="StaffSignIn.SignInStaffAsync"/>, but polls for the start page: waiting for a navigation commit never
    /// ends when the start page has already committed (a supervisor's worklist page loads fast enough to hit this).
    /// </summary>
    private static async Task SignInAsync(IPage page, StaffMember member)
    {
        await page.GotoAsync("/Account/SignIn");
        await page.Locator("#Input_Email").FillAsync(member.Email);
        await page.Locator("#Input_Password").FillAsync(member.Password);
        await page.Locator("#Input_Password").PressAsync("Enter");
        await page.WaitForURLAsync("**/Account/TwoFactor**");
        await page.Locator("#Input_Code").FillAsync(member.CurrentCode());
        await page.Locator("#Input_Code").PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Staff$"));
    }
}
