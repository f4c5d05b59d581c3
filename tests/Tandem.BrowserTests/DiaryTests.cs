using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tandem.BrowserTests.Infrastructure;
using Tandem.Domain;
using Tandem.Domain.Accounts;
using Tandem.Domain.Diaries;
using Tandem.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace Tandem.BrowserTests;

/// <summary>The patient's diaries on a phone, and the therapist's view of them, in Dutch and English.</summary>
public sealed class DiaryTests(TandemApp app)
{
    [Theory]
    [InlineData("nl-NL", "Pijn", "Vermoeidheid", "Opslaan", "Dagboeken en activiteitendoel")]
    [InlineData("en-GB", "Pain", "Fatigue", "Save", "Diaries and activity target")]
    public async Task A_patient_rates_pain_and_fatigue_on_a_phone_and_sees_it_on_the_chart_and_in_the_table(
        string locale, string pain, string fatigue, string save, string staffLink)
    {
        var language = locale[..2];
        var therapist = await app.Accounts.CreateTherapistAsync(withAuthenticator: true);
        var (patientId, email) = await CreatePatientAsync(therapist, language);
        await using var context = await app.NewContextAsync(Viewports.Phone, locale);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/Account/SignIn");
        await page.Locator("#Input_Email").FillAsync(email);
        await page.Locator("#Input_Password").FillAsync(Accounts.Password);
        await page.Locator("form button[type=submit]").Last.ClickAsync();
        await page.ReachedAsync("/Patient");

        await page.GotoAsync("/Patient/Diary");
        await page.AccessibleAsync($"diary-01-index-{language}");
        foreach (var (path, name) in new[] { ("Sleep", "02-sleep"), ("Activity", "03-activity"), ("SleepChart", "04-sleep-chart"), ("ActivityChart", "05-activity-chart") })
        {
            await page.GotoAsync($"/Patient/Diary/{path}");
            await page.AccessibleAsync($"diary-{name}-{language}");
        }

        await page.GotoAsync("/Patient/Diary/Symptoms");
        await page.AccessibleAsync($"diary-06-symptoms-{language}");
        await page.GetByRole(AriaRole.Group, new() { Name = pain }).GetByRole(AriaRole.Radio, new() { Name = "7", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = fatigue }).GetByRole(AriaRole.Radio, new() { Name = "5", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = save, Exact = true }).ClickAsync();

        await page.WaitForURLAsync("**/Patient/Diary/SymptomChart");
        var row = page.Locator("#symptoms-caption ~ tbody tr");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator("td").Nth(0)).ToHaveTextAsync("7");
        await Expect(row.Locator("td").Nth(1)).ToHaveTextAsync("5");
        await Expect(page.Locator("svg[role=img] rect")).ToHaveCountAsync(2);
        await page.AccessibleAsync($"diary-07-symptom-chart-{language}");

        await using var staffContext = await app.NewContextAsync(Viewports.Desktop, locale);
        var staff = await staffContext.NewPageAsync();
        await staff.GotoAsync("/Account/SignIn");
        await staff.Locator("#Input_Email").FillAsync(therapist.Email);
        await staff.Locator("#Input_Password").FillAsync(therapist.Password);
        await staff.Locator("form button[type=submit]").Last.ClickAsync();
        await staff.WaitForURLAsync("**/Account/TwoFactor**");
        await staff.Locator("#Input_Code").FillAsync(therapist.CurrentCode());
        await staff.Locator("form button[type=submit]").Last.ClickAsync();
        await staff.ReachedAsync("/Staff");
        if (language == "nl")
        {
            await staff.GetByRole(AriaRole.Button, new() { Name = "Nederlands" }).ClickAsync();
        }

        await staff.GotoAsync($"/Staff/Patients/Detail/{patientId}");
        await staff.GetByRole(AriaRole.Link, new() { Name = staffLink }).ClickAsync();
        await staff.WaitForURLAsync($"**/Staff/Diaries/{patientId}");
        await Expect(staff.Locator("#symptoms-caption ~ tbody tr td").First).ToHaveTextAsync("7");
        await staff.AccessibleAsync($"diary-08-staff-{language}");
    }

    /// <summary>A patient of the therapist with an account in <paramref name="language"/> and a graded-activity target.</summary>
    private async Task<(Guid PatientId, string Email)> CreatePatientAsync(StaffMember therapist, string language)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var staff = await db.Users.AsNoTracking().SingleAsync(u => u.Email == therapist.Email);
        var now = TimeProvider.System.GetUtcNow();
        var email = $"diary-{Guid.NewGuid():N}@example.org";
        var patient = new Domain.Patients.Patient(staff.OrganisationId, staff.SiteId!.Value, staff.TeamId!.Value, staff.Id, "Lotte", "Dagboek", email, now);
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = patient.FullName,
            OrganisationId = staff.OrganisationId,
            SiteId = staff.SiteId,
            TeamId = staff.TeamId,
            Language = language,
            CreatedAt = now,
        };
        Assert.True((await users.CreateAsync(user, Accounts.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, nameof(Role.Patient))).Succeeded);
        patient.LinkAccount(user.Id, now);
        var target = ActivityTarget.For(patient.Id);
        target.Set(20, IncrementKind.Percent, 10, 7, ClinicCalendar.DateOf(now).AddDays(-3), staff.Id, now);
        db.Patients.Add(patient);
        db.ActivityTargets.Add(target);
        await db.SaveChangesAsync();
        return (patient.Id, email);
    }
}
