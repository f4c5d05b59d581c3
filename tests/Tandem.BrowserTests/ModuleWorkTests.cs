using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Tandem.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tandem.BrowserTests;

/// <summary>A patient on their phone works through the first module of their programme and sends it to their therapist.</summary>
public sealed class ModuleWorkTests(TandemApp app)
{
    [Fact]
    public async Task A_patient_with_CFS_works_through_module_1_in_Dutch_keeps_an_answer_over_a_reload_and_sends_it()
    {
        var patient = await EnrolledPatients.CreateAsync(app.Services, "cfs", "nl", "Lotte");
        await using var context = await app.NewContextAsync(Viewports.Phone, "nl-NL");
        var page = await SignInAsync(context, patient);
        await page.AccessibleAsync("modules-01-home-nl");
        await Expect(page.Locator("progress")).ToHaveAttributeAsync("max", "7");

        await page.Locator(".next-step a.button").ClickAsync();
        await page.WaitForURLAsync("**/Patient/Module/cfs-01-getting-started/welcome");
        await Expect(page.GetByText("Pagina 1 van 6")).ToBeVisibleAsync();
        await page.AccessibleAsync("modules-02-module-text-nl");
        await page.GetByRole(AriaRole.Link, new() { Name = "Volgende pagina" }).ClickAsync();

        await page.WaitForURLAsync("**/what-keeps-fatigue-going");
        await page.GetByLabel("Mijn slaap- en rusttijden wisselen").CheckAsync();
        await page.GetByLabel("Wil je een voorbeeld geven uit je eigen leven?").FillAsync("Na een verjaardag lig ik twee dagen op de bank.");
        await Expect(page.Locator(".autosave-status")).ToContainTextAsync("Bewaard om");
        await page.AccessibleAsync("modules-03-exercise-nl");
        await page.ReloadAsync();
        await Expect(page.GetByLabel("Wil je een voorbeeld geven uit je eigen leven?")).ToHaveValueAsync("Na een verjaardag lig ik twee dagen op de bank.");
        await Expect(page.GetByLabel("Mijn slaap- en rusttijden wisselen")).ToBeCheckedAsync();

        await page.GotoAsync("/Patient/Module/cfs-01-getting-started/your-goals");
        await page.GetByLabel("Doel 1").FillAsync("Twee ochtenden per week in de moestuin werken");
        await page.GetByRole(AriaRole.Button, new() { Name = "Doelen bewaren" }).ClickAsync();
        await Expect(page.GetByText("Je doelen zijn bewaard.")).ToBeVisibleAsync();
        await page.AccessibleAsync("modules-04-goals-nl");

        await page.GotoAsync("/Patient/Module/cfs-01-getting-started/send-to-therapist");
        await Expect(page.GetByText("Na een verjaardag lig ik twee dagen op de bank.")).ToBeVisibleAsync();
        await page.AccessibleAsync("modules-05-feedback-moment-nl");
        await page.GetByLabel("Een persoonlijk bericht voor je behandelaar (niet verplicht)").FillAsync("Ik vond het best spannend.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Versturen naar mijn behandelaar" }).ClickAsync();
        await Expect(page.GetByText("Verstuurd, wacht op feedback")).ToBeVisibleAsync();
        await page.AccessibleAsync("modules-06-sent-nl");

        await page.GotoAsync("/Patient/Feedback");
        await page.AccessibleAsync("modules-07-feedback-nl");
    }

    [Fact]
    public async Task A_patient_with_chronic_pain_works_through_the_first_module_in_English_keeps_an_answer_over_a_reload_and_sends_it()
    {
        var patient = await EnrolledPatients.CreateAsync(app.Services, "chronic-pain", "en", "Sam");
        await using var context = await app.NewContextAsync(Viewports.Phone, "en-GB");
        var page = await SignInAsync(context, patient);
        await page.AccessibleAsync("modules-01-home-en");

        await page.Locator(".next-step a.button").ClickAsync();
        await page.WaitForURLAsync("**/Patient/Module/pain-00-getting-started/**");
        await page.AccessibleAsync("modules-02-module-text-en");

        await page.GotoAsync("/Patient/Module/pain-00-getting-started/where-you-are");
        var hope = page.Locator("textarea[name='starting-point.hope']");
        await hope.FillAsync("Walking to the bakery again.");
        await page.Locator("input[name='starting-point.pain-last-week'][value='6']").CheckAsync();
        await Expect(page.Locator(".autosave-status")).ToContainTextAsync("Saved at");
        await page.AccessibleAsync("modules-03-exercise-en");
        await page.ReloadAsync();
        await Expect(hope).ToHaveValueAsync("Walking to the bakery again.");
        await Expect(page.Locator("input[name='starting-point.pain-last-week'][value='6']")).ToBeCheckedAsync();

        await page.GotoAsync("/Patient/Module/pain-00-getting-started/send-work");
        await Expect(page.GetByText("Walking to the bakery again.")).ToBeVisibleAsync();
        await page.AccessibleAsync("modules-05-feedback-moment-en");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send to my therapist" }).ClickAsync();
        await Expect(page.GetByText("Sent, awaiting feedback")).ToBeVisibleAsync();
        await page.AccessibleAsync("modules-06-sent-en");

        await page.GotoAsync("/Patient/Feedback");
        await page.AccessibleAsync("modules-07-feedback-en");
        await page.GotoAsync("/Patient");
        await Expect(page.GetByText("Your therapist is reading what you sent (1).")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Sent_work_appears_live_on_the_worklist_the_therapist_answers_from_a_template_the_patient_reads_and_replies_and_the_time_is_registered()
    {
        var patient = await EnrolledPatients.CreateAsync(app.Services, "cfs", "en", "Noor");
        await using var staffContext = await app.NewContextAsync(Viewports.Desktop, "nl-NL");
        var staff = await staffContext.NewPageAsync();
        await staff.GotoAsync("/Account/SignIn");
        await staff.Locator("#Input_Email").FillAsync(patient.Therapist.Email);
        await staff.Locator("#Input_Password").FillAsync(patient.Therapist.Password);
        await staff.Locator("main button[type=submit]").ClickAsync();
        await staff.WaitForURLAsync("**/Account/TwoFactor**");
        await staff.Locator("#Input_Code").FillAsync(patient.Therapist.CurrentCode());
        await staff.Locator("main button[type=submit]").ClickAsync();
        await staff.ReachedAsync("/Staff");
        await Expect(staff.Locator(".worklist-feedbackdue .count")).ToHaveTextAsync("0");

        await using var patientContext = await app.NewContextAsync(Viewports.Phone, "en-GB");
        var phone = await SignInAsync(patientContext, patient);
        await phone.GotoAsync("/Patient/Module/cfs-01-getting-started/your-goals");
        await phone.GetByLabel("Goal 1").FillAsync("Finish a book within a week again");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Save goals" }).ClickAsync();
        await phone.GotoAsync("/Patient/Module/cfs-01-getting-started/send-to-therapist");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Send to my therapist" }).ClickAsync();
        await Expect(phone.GetByText("Sent, awaiting feedback")).ToBeVisibleAsync();

        // No reload: the worklist hears of the new work and fetches itself again.
        await Expect(staff.Locator(".worklist-feedbackdue .count")).ToHaveTextAsync("1");
        await staff.AccessibleAsync("guidance-01-worklist-en");
        await staff.GetByRole(AriaRole.Link, new() { Name = "Write feedback Noor Testpersoon" }).ClickAsync();
        await Expect(staff.GetByText("Finish a book within a week again").First).ToBeVisibleAsync();
        await staff.AccessibleAsync("guidance-02-feedback-editor-en");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Nederlands" }).ClickAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Gebruik “Welkom, doelen zijn al concreet”" }).ClickAsync();
        var feedback = staff.GetByLabel("Je feedback voor de patiënt");
        await Expect(feedback).ToHaveValueAsync(new Regex("^Beste Noor,"));
        await Expect(feedback).ToHaveValueAsync(new Regex("‘Finish a book within a week again’"));
        await staff.AccessibleAsync("guidance-02-feedback-editor-nl");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Feedback versturen" }).ClickAsync();
        await Expect(staff.GetByText("De tekst heeft nog open plekken").First).ToBeVisibleAsync();
        var text = await feedback.InputValueAsync();
        await feedback.FillAsync(new Regex(@"…\s*\[[^\]]+\]").Replace(text, "je leesplan"));
        await staff.GetByRole(AriaRole.Button, new() { Name = "Feedback versturen" }).ClickAsync();
        await Expect(staff.GetByText("Je feedback is naar de patiënt gestuurd.")).ToBeVisibleAsync();
        await Expect(staff.Locator(".worklist-feedbackdue .count")).ToHaveTextAsync("0");

        await phone.GotoAsync("/Patient");
        await phone.GetByRole(AriaRole.Link, new() { Name = "You have new feedback from your therapist (1). Read it now." }).ClickAsync();
        await Expect(phone.Locator(".thread-feedback")).ToContainTextAsync("Beste Noor,");
        await Expect(phone.Locator(".thread-feedback .read-status")).ToHaveTextAsync("New");
        await phone.AccessibleAsync("guidance-03-thread-patient-en");
        await phone.GetByLabel("Your message").FillAsync("Thank you, I will try the reading plan.");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Send message" }).ClickAsync();
        await Expect(phone.GetByText("Your message was sent.")).ToBeVisibleAsync();

        await Expect(staff.Locator(".worklist-newmessage .count")).ToHaveTextAsync("1");
        await staff.GetByRole(AriaRole.Link, new() { Name = "Berichten openen Noor Testpersoon" }).ClickAsync();
        await Expect(staff.GetByText("Thank you, I will try the reading plan.")).ToBeVisibleAsync();
        await staff.AccessibleAsync("guidance-04-thread-staff-nl");
        await staff.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await staff.AccessibleAsync("guidance-04-thread-staff-en");
        await staff.GotoAsync("/Staff/Time");
        var today = staff.Locator("table.time-totals tbody tr", new() { HasText = "Noor Testpersoon" });
        await Expect(today.Locator("td").Nth(1)).ToHaveTextAsync(new Regex("^[1-9][0-9]* min$")); // the editor reported its active time each time it was left
        await staff.AccessibleAsync("guidance-05-time-en");
        await staff.GotoAsync("/Staff/Snippets");
        await staff.AccessibleAsync("guidance-06-snippets-en");
    }

    private static async Task<IPage> SignInAsync(IBrowserContext context, EnrolledPatient patient)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/SignIn");
        await page.Locator("#Input_Email").FillAsync(patient.Email);
        await page.Locator("#Input_Password").FillAsync(patient.Password);
        await page.Locator("main button[type=submit]").ClickAsync();
        await page.ReachedAsync("/Patient");
        return page;
    }
}
