using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Tandem.BrowserTests.Infrastructure;
using Tandem.Domain.Accounts;
using Tandem.Domain.Organisations;
using Tandem.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace Tandem.BrowserTests;

/// <summary>The administrator's API clients, questionnaire import and CFIR-ERIC table pages, on a phone, in both languages.</summary>
public sealed class FhirAdminPagesTests(TandemApp app)
{
    [Theory]
    [InlineData("nl", "API-koppelingen", "Vragenlijsten")]
    [InlineData("en", "API clients", "Questionnaires")]
    public async Task Api_clients_and_questionnaire_import_pages_pass_the_accessibility_check_on_a_phone(string language, string clients, string instruments)
    {
        var admin = await CreateAdminAsync(language);
        await using var context = await app.NewContextAsync(Viewports.Phone, language);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/SignIn");
        await page.Locator("#Input_Email").FillAsync(admin.Email);
        await page.Locator("#Input_Password").FillAsync(Accounts.Password);
        await page.Locator("main form button[type=submit]").First.ClickAsync();
        await page.WaitForURLAsync("**/Account/TwoFactor**");
        await page.Locator("#Input_Code").FillAsync(admin.CurrentCode());
        await page.Locator("main button[type=submit]").ClickAsync();
        await page.ReachedAsync("/Staff");

        await page.GotoAsync("/Admin/ApiClients");
        await Expect(page.Locator("h1")).ToHaveTextAsync(clients);
        await page.Locator("#Input_Name").FillAsync("EHR");
        await page.Locator("main form:not(.inline-form) button[type=submit]").ClickAsync();
        await Expect(page.Locator(".error-summary li")).ToHaveCountAsync(1);
        await page.AccessibleAsync($"fhir-01-clients-error-{language}");
        await page.Locator("input[value='system/Observation.rs']").CheckAsync();
        await page.Locator("main form:not(.inline-form) button[type=submit]").ClickAsync();
        await Expect(page.Locator("#new-token")).ToBeVisibleAsync();
        await page.AccessibleAsync($"fhir-02-clients-token-{language}");

        await page.GotoAsync("/Admin/Instruments");
        await Expect(page.Locator("h1")).ToHaveTextAsync(instruments);
        await page.Locator("#Input_Json").FillAsync("{ \"resourceType\": \"Questionnaire\", \"status\": \"draft\" }");
        await page.Locator("#Input_LicenceReference").FillAsync("REF-1");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Expect(page.Locator(".import-problems li").First).ToBeVisibleAsync();
        await page.AccessibleAsync($"fhir-03-instruments-error-{language}");

        await page.GotoAsync("/Admin/Matching");
        await Expect(page.Locator("h1")).ToContainTextAsync("CFIR-ERIC");
        await page.AccessibleAsync($"implementation-matching-{language}");
        var header = string.Join(',', Tandem.Web.Content.ImplementationLoader.MatchingColumns);
        await page.Locator("#Upload").SetInputFilesAsync(new Microsoft.Playwright.FilePayload
        {
            Name = "table.csv",
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes($"{header}\nPlanning,99,Unknown,30,2,,,,,,\n"),
        });
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Expect(page.Locator("ul.field-error li")).ToHaveCountAsync(1);
        await page.AccessibleAsync($"implementation-matching-error-{language}");
    }

    private async Task<StaffMember> CreateAdminAsync(string language)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var organisation = new Organisation($"Clinic {suffix}");
        db.Add(organisation);
        await db.SaveChangesAsync();
        var user = new AppUser
        {
            UserName = $"admin-{suffix}@test.tandem.nl",
            Email = $"admin-{suffix}@test.tandem.nl",
            EmailConfirmed = true,
            DisplayName = $"Ad Min {suffix}",
            OrganisationId = organisation.Id,
            Language = language,
            CreatedAt = TimeProvider.System.GetUtcNow(),
        };
        Check(await users.CreateAsync(user, Accounts.Password));
        Check(await users.AddToRoleAsync(user, nameof(Role.OrgAdmin)));
        Check(await users.ResetAuthenticatorKeyAsync(user));
        var key = await users.GetAuthenticatorKeyAsync(user);
        Check(await users.SetTwoFactorEnabledAsync(user, true));
        return new StaffMember(user.Email, Accounts.Password, user.DisplayName, key);
    }

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Code)));
}
