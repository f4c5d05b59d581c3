using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tandem.BrowserTests.Infrastructure;
using Tandem.Domain.Accounts;
using Tandem.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace Tandem.BrowserTests;

public sealed class ReAimDashboardTests(TandemApp app)
{
    [Fact]
    public async Task A_therapist_closes_a_completed_treatment_and_the_manager_sees_it_on_the_dashboard_and_downloads_the_csv()
    {
        var patient = await EnrolledPatients.CreateAsync(app.Services, "cfs", "en", "Roos");
        var patientId = await PatientIdAsync(patient.Email);
        var manager = await app.Accounts.CreateColleagueAsync(patient.Therapist, Role.Manager, "Mark Manager");

        await using var therapistContext = await app.NewContextAsync(Viewports.Desktop, "en-GB");
        var therapistPage = await therapistContext.NewPageAsync();
        await therapistPage.SignInStaffAsync(patient.Therapist);
        await therapistPage.GotoAsync($"/Staff/Treatment/Plan/{patientId}");
        await therapistPage.Locator("summary", new() { HasText = "End the treatment" }).ClickAsync();
        await therapistPage.GetByLabel("Completed: the patient finished the programme").CheckAsync();
        await therapistPage.AccessibleAsync("reaim-01-end-treatment-en");
        await therapistPage.GetByRole(AriaRole.Button, new() { Name = "End the treatment" }).ClickAsync();
        await Expect(therapistPage.Locator(".flash-info")).ToHaveTextAsync("The plan has been changed.");
        await Expect(therapistPage.Locator("dl")).ToContainTextAsync("Completed: the patient finished the programme");

        await using var managerContext = await app.NewContextAsync(Viewports.Phone, "en-GB");
        var page = await managerContext.NewPageAsync();
        await page.SignInStaffAsync(manager);
        await page.GetByRole(AriaRole.Link, new() { Name = "RE-AIM dashboard: reach, adoption, implementation, effectiveness and maintenance" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Recompute now" }).ClickAsync();
        await Expect(page.Locator(".flash-info")).ToHaveTextAsync("The figures have been recomputed.");
        var reach = page.Locator("#reaim-reach").Locator("xpath=ancestor::table");
        await Expect(reach.Locator("tr", new() { HasText = "Invited" }).First.Locator("td").First).ToHaveTextAsync("1");
        await Expect(reach.Locator("tr", new() { HasText = "Completed" }).First.Locator("td").First).ToHaveTextAsync("1");
        await page.AccessibleAsync("reaim-02-dashboard-phone-en");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download ‘Reach’ as CSV" }).ClickAsync());
        var csv = await File.ReadAllTextAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        Assert.Contains("completed,1", csv, StringComparison.Ordinal);
        Assert.StartsWith("metric,value", csv, StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "Nederlands" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("RE-AIM-dashboard");
        await page.AccessibleAsync("reaim-03-dashboard-phone-nl");
        await page.SetViewportSizeAsync(Viewports.Desktop.Width, Viewports.Desktop.Height);
        await page.AccessibleAsync("reaim-04-dashboard-desktop-nl");
    }

    private async Task<Guid> PatientIdAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Patients.Where(p => p.Email == email).Select(p => p.Id).SingleAsync(TestContext.Current.CancellationToken);
    }
}
