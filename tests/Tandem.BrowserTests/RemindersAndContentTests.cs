using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tandem.BrowserTests.Infrastructure;
using Tandem.Domain.Accounts;
using Tandem.Domain.Organisations;
using Tandem.Domain.Programmes;
using Tandem.Domain.SiteContent;
using Tandem.Web.Content;
using Tandem.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace Tandem.BrowserTests;

/// <summary>The reminder settings (patient and therapist) and the site content pages, on a phone, in both languages.</summary>
public sealed class RemindersAndContentTests(TandemApp app)
{
    private const string ContentPage = "/Staff/Content/Page/cfs/cfs-01-getting-started/welcome";

    [Theory]
    [InlineData("nl", "Herinneringen", "De programmatekst van deze pagina is gewijzigd")]
    [InlineData("en", "Reminders", "The programme text of this page has changed")]
    public async Task Reminder_and_content_pages_pass_the_accessibility_check_on_a_phone(string language, string reminders, string changed)
    {
        var (staff, patientEmail, patientId) = await CreateSiteAsync(language);

        await using var patientContext = await app.NewContextAsync(Viewports.Phone, language);
        var patient = await patientContext.NewPageAsync();
        await SignInAsync(patient, patientEmail);
        await patient.ReachedAsync("/Patient");
        await patient.GotoAsync("/Patient/Reminders");
        await Expect(patient.Locator("h1")).ToHaveTextAsync(reminders);
        await patient.Locator("#Input_InactivityEnabled").CheckAsync();
        await patient.Locator("#Input_InactivityDays").FillAsync("2");
        await patient.Locator("main button[type=submit]").ClickAsync();
        await Expect(patient.Locator(".error-summary li")).ToHaveCountAsync(1);
        await patient.AccessibleAsync($"reminders-01-patient-error-{language}");

        await using var staffContext = await app.NewContextAsync(Viewports.Phone, language);
        var page = await staffContext.NewPageAsync();
        await SignInAsync(page, staff.Email);
        await page.WaitForURLAsync("**/Account/TwoFactor**");
        await page.Locator("#Input_Code").FillAsync(staff.CurrentCode());
        await page.Locator("main button[type=submit]").ClickAsync();
        await page.ReachedAsync("/Staff");

        await page.GotoAsync($"/Staff/Patients/Reminders/{patientId}");
        await page.AccessibleAsync($"reminders-02-staff-{language}");

        await page.GotoAsync("/Staff/Content");
        await Expect(page.Locator("main h2").First).ToBeVisibleAsync();
        await page.AccessibleAsync($"content-01-index-{language}");

        await page.GotoAsync(ContentPage);
        await Expect(page.Locator("#base-changed")).ToHaveTextAsync(changed);
        await page.AccessibleAsync($"content-02-page-{language}");
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/Account/SignIn");
        await page.Locator("#Input_Email").FillAsync(email);
        await page.Locator("#Input_Password").FillAsync(Accounts.Password);
        await page.Locator("main form button[type=submit]").First.ClickAsync();
    }

    /// <summary>
    /// A site with a therapist-manager (with authenticator) and their patient, and a site text for the first CFS page
    /// that was written against an older programme text, so the change notice shows.
    /// </summary>
    private async Task<(StaffMember Staff, string PatientEmail, Guid PatientId)> CreateSiteAsync(string language)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var now = TimeProvider.System.GetUtcNow();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var organisation = new Organisation($"Clinic {suffix}");
        var site = new Site(organisation.Id, $"Site {suffix}", "Utrecht");
        var team = new Team(site.Id, $"Team {suffix}");
        db.AddRange(organisation, site);
        db.Add(team);
        await db.SaveChangesAsync();

        var staff = NewUser($"manager-{suffix}@test.tandem.nl", $"Mana Ger {suffix}");
        Check(await users.CreateAsync(staff, Accounts.Password));
        Check(await users.AddToRolesAsync(staff, [nameof(Role.Therapist), nameof(Role.Manager)]));
        Check(await users.ResetAuthenticatorKeyAsync(staff));
        var key = await users.GetAuthenticatorKeyAsync(staff);
        Check(await users.SetTwoFactorEnabledAsync(staff, true));

        var account = NewUser($"patient-{suffix}@test.tandem.nl", $"Pa Tient {suffix}");
        Check(await users.CreateAsync(account, Accounts.Password));
        Check(await users.AddToRoleAsync(account, nameof(Role.Patient)));
        var patient = new Domain.Patients.Patient(organisation.Id, site.Id, team.Id, staff.Id, "Pa", $"Tient {suffix}", account.Email!, now);
        patient.LinkAccount(account.Id, now);
        db.Patients.Add(patient);

        var module = scope.ServiceProvider.GetRequiredService<ProgrammeCatalog>().Find("cfs")!.FindModule("cfs-01-getting-started")!;
        var older = module with { Version = module.Version - 1 };
        var oldPage = module.Pages[0] with { Blocks = [new TextBlock(new("Welkom.\n\nOude tekst.", "Welcome.\n\nOld text."))] };
        db.SitePageTexts.Add(new SitePageText(site.Id, "cfs", older, oldPage, new("Welkom bij onze locatie.", "Welcome to our site."), staff.Id, now));
        await db.SaveChangesAsync();
        return (new StaffMember(staff.Email!, Accounts.Password, staff.DisplayName, key), account.Email!, patient.Id);

        AppUser NewUser(string email, string name) => new()
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = name,
            OrganisationId = organisation.Id,
            SiteId = site.Id,
            TeamId = team.Id,
            Language = language,
            CreatedAt = now,
        };
    }

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Code)));
}
