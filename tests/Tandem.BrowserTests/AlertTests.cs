using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tandem.BrowserTests.Infrastructure;
using Tandem.Domain.Access;
using Tandem.Domain.Accounts;
using Tandem.Domain.Measurement;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Measurement;
using static Microsoft.Playwright.Assertions;

namespace Tandem.BrowserTests;

/// <summary>A therapist sees a risk alert on the worklist, in the navigation, on the record and on the alerts page, and acknowledges it on a phone.</summary>
public sealed class AlertTests(TandemApp app)
{
    [Theory]
    [InlineData("nl", "Signaleringen", "Schrijf in een notitie", "De signalering is afgehandeld.")]
    [InlineData("en", "Alerts", "Write a note", "The alert has been acknowledged.")]
    public async Task A_therapist_acknowledges_a_risk_alert_with_a_note_on_a_phone(string language, string title, string noteRequired, string acknowledged)
    {
        var patient = await EnrolledPatients.CreateAsync(app.Services, "cfs", language, "Mila");
        var patientId = await SubmitRiskAnswerAsync(patient);

        await using var context = await app.NewContextAsync(Viewports.Phone, language);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/SignIn");
        await page.Locator("#Input_Email").FillAsync(patient.Therapist.Email);
        await page.Locator("#Input_Password").FillAsync(patient.Therapist.Password);
        await page.Locator("main form button[type=submit]").First.ClickAsync();
        await page.WaitForURLAsync("**/Account/TwoFactor**");
        await page.Locator("#Input_Code").FillAsync(patient.Therapist.CurrentCode());
        await page.Locator("main button[type=submit]").ClickAsync();
        await page.ReachedAsync("/Staff");
        if (language == "nl")
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Nederlands" }).ClickAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        }

        await page.GotoAsync("/Staff");
        await Expect(page.Locator("table.worklist tr.worklist-alert").Filter(new() { HasText = "Mila" })).ToHaveCountAsync(1);
        await page.AccessibleAsync($"alerts-00-worklist-{language}");

        await page.GotoAsync($"/Staff/Patients/Detail/{patientId}");
        await Expect(page.Locator(".alert-banner")).ToBeVisibleAsync();
        await page.AccessibleAsync($"alerts-01-record-banner-{language}");

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await page.WaitForURLAsync("**/Staff/Alerts");
        await Expect(page.Locator("h1")).ToHaveTextAsync(title);
        var card = page.Locator("article.alert-open").Filter(new() { HasText = "Mila" });
        await Expect(card).ToHaveCountAsync(1);
        await Expect(card).ToContainTextAsync("Thoughts that you would be better off dead");
        await page.AccessibleAsync($"alerts-02-open-{language}");

        await card.Locator("button[type=submit]").ClickAsync();
        await Expect(page.Locator(".error-summary li")).ToContainTextAsync(noteRequired);
        await page.AccessibleAsync($"alerts-03-note-required-{language}");

        card = page.Locator("article.alert-open").Filter(new() { HasText = "Mila" });
        await card.Locator("textarea").FillAsync("Called Mila; we agreed a safety plan.");
        await card.Locator("button[type=submit]").ClickAsync();
        await Expect(page.Locator(".flash-info")).ToHaveTextAsync(acknowledged);
        await Expect(page.Locator("article.alert-open").Filter(new() { HasText = "Mila" })).ToHaveCountAsync(0);
        await Expect(page.Locator("article.alert-card").Filter(new() { HasText = "safety plan" })).ToHaveCountAsync(1);
        await page.AccessibleAsync($"alerts-04-acknowledged-{language}");

        await page.GotoAsync("/Staff/Cover");
        await page.AccessibleAsync($"alerts-05-cover-{language}");
    }

    private async Task<Guid> SubmitRiskAnswerAsync(EnrolledPatient enrolled)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var phq9 = scope.ServiceProvider.GetRequiredService<InstrumentCatalog>().Find("phq-9")!;
        var patient = await db.Patients.SingleAsync(p => p.Email == enrolled.Email);
        var now = TimeProvider.System.GetUtcNow();
        var response = new InstrumentResponse(patient.Id, phq9, Language.English, now);
        Assert.Empty(response.Save(phq9, phq9.Items.ToDictionary(i => i.Id, i => i.Id == "9" ? 1 : 0), screen: 0, now));
        db.InstrumentResponses.Add(response);
        var viewer = new Viewer(patient.UserId!.Value, patient.OrganisationId, patient.SiteId, patient.TeamId, new HashSet<Role> { Role.Patient }, MfaVerified: false);
        await scope.ServiceProvider.GetRequiredService<ResponseSubmission>().SubmitAsync(viewer, patient, response, phq9);
        await db.SaveChangesAsync();
        return patient.Id;
    }
}
