using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tandem.BrowserTests.Infrastructure;
using Tandem.Domain;
using Tandem.Domain.Accounts;
using Tandem.Domain.Measurement;
using Tandem.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace Tandem.BrowserTests;

/// <summary>A patient answers a PHQ-9 on a phone and sees the result; the therapist reads it; in Dutch and English.</summary>
public sealed class AnsweringTests(TandemApp app)
{
    [Theory]
    [InlineData("nl-NL")]
    [InlineData("en-GB")]
    public async Task A_patient_answers_a_PHQ9_on_a_phone_and_sees_the_result_chart(string locale)
    {
        var language = locale[..2];
        var therapist = await app.Accounts.CreateTherapistAsync(withAuthenticator: true);
        var (patientId, email) = await CreatePatientWithRequestAsync(therapist, language);
        await using var context = await app.NewContextAsync(Viewports.Phone, locale);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/Account/SignIn");
        await page.Locator("#Input_Email").FillAsync(email);
        await page.Locator("#Input_Password").FillAsync(Accounts.Password);
        await page.Locator("form button[type=submit]").Last.ClickAsync();
        await page.ReachedAsync("/Patient");
        await page.Locator(".questionnaire-due a").ClickAsync();
        await page.WaitForURLAsync("**/Patient/Questionnaires");
        await page.AccessibleAsync($"measurement-01-list-{language}");

        await page.Locator("form[action*='handler=Start'] button").ClickAsync();
        await page.WaitForURLAsync("**/Patient/Questionnaires/Answer/**");
        await page.AccessibleAsync($"measurement-02-answer-{language}");
        int[] answers = [1, 1, 2, 1, 0, 1, 0, 1, 0, 0];
        for (var i = 0; i < answers.Length; i++)
        {
            await page.Locator($"label[for='q-{i + 1}-{answers[i]}']").ClickAsync();
            await page.Locator("button[name=move][value=next]").ClickAsync();
            await page.WaitForURLAsync($"**/{i + 1}");
        }

        await Expect(page.Locator(".answer-review dt")).ToHaveCountAsync(10);
        await page.AccessibleAsync($"measurement-03-review-{language}");
        await page.Locator("form.submit-form button").ClickAsync();
        await page.WaitForURLAsync("**/Patient/Questionnaires/Done/**");
        await Expect(page.Locator("dl.summary dd").First).ToContainTextAsync(language == "nl" ? "7 van 27 · Mild" : "7 of 27 · Mild");
        await page.AccessibleAsync($"measurement-04-done-{language}");

        await page.Locator("a.button[href$='/Patient/Questionnaires/Results']").ClickAsync();
        await page.WaitForURLAsync("**/Patient/Questionnaires/Results");
        await Expect(page.Locator("svg[role=img] circle")).ToHaveCountAsync(1);
        await Expect(page.Locator("#caption-phq-9-total ~ tbody td").First).ToHaveTextAsync("7");
        await page.AccessibleAsync($"measurement-05-results-{language}");

        await using var staffContext = await app.NewContextAsync(Viewports.Phone, locale);
        var staff = await staffContext.NewPageAsync();
        await staff.SignInStaffAsync(therapist);
        if (language == "nl")
        {
            await staff.GetByRole(AriaRole.Button, new() { Name = "Nederlands" }).ClickAsync();
        }

        await staff.GotoAsync($"/Staff/Patients/Detail/{patientId}");
        await staff.Locator($"a[href$='/Staff/Measurements/{patientId}']").ClickAsync();
        await staff.WaitForURLAsync($"**/Staff/Measurements/{patientId}");
        await Expect(staff.Locator("#caption-phq-9-total ~ tbody td").First).ToHaveTextAsync("7");
        await staff.AccessibleAsync($"measurement-06-staff-{language}");
    }

    /// <summary>A patient of the therapist with an account in <paramref name="language"/> and an open PHQ-9 request.</summary>
    private async Task<(Guid PatientId, string Email)> CreatePatientWithRequestAsync(StaffMember therapist, string language)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var staff = await db.Users.AsNoTracking().SingleAsync(u => u.Email == therapist.Email);
        var now = TimeProvider.System.GetUtcNow();
        var email = $"phq-{Guid.NewGuid():N}@example.org";
        var patient = new Domain.Patients.Patient(staff.OrganisationId, staff.SiteId!.Value, staff.TeamId!.Value, staff.Id, "Lotte", "Vragenlijst", email, now);
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
        var today = ClinicCalendar.DateOf(now);
        db.Patients.Add(patient);
        db.MeasurementRequests.Add(new MeasurementRequest(patient.Id, "phq-9", "baseline", today.AddDays(-1), today.AddDays(6), now));
        await db.SaveChangesAsync();
        return (patient.Id, email);
    }
}
