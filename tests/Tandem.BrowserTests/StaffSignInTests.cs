using Microsoft.Playwright;
using Tandem.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tandem.BrowserTests;

public sealed class StaffSignInTests(TandemApp app)
{
    [Fact]
    public async Task A_therapist_without_an_authenticator_enrols_one_at_first_sign_in_and_reaches_the_staff_home()
    {
        var therapist = await app.Accounts.CreateTherapistAsync(withAuthenticator: false);
        await using var context = await app.NewContextAsync(Viewports.Desktop, "en-GB");
        var page = await context.NewPageAsync();

        await page.GotoAsync("/Account/SignIn");
        await page.AccessibleAsync("staff-01-sign-in");
        await page.Locator("#Input_Email").FillAsync(therapist.Email);
        await page.Locator("#Input_Password").FillAsync(therapist.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        await page.WaitForURLAsync("**/Account/Manage/TwoFactor");
        await page.AccessibleAsync("staff-02-enrol-authenticator");
        var sharedKey = (await page.Locator(".secret").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await page.Locator("#Code").FillAsync(StaffMember.CodeFor(sharedKey));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-step verification" }).ClickAsync();

        await Expect(page.Locator("ul.codes li")).ToHaveCountAsync(10);
        await page.AccessibleAsync("staff-03-recovery-codes");
        await page.GetByRole(AriaRole.Link, new() { Name = "I have saved them – continue" }).ClickAsync();

        await page.ReachedAsync("/Staff");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Welcome, {therapist.DisplayName}");
        await page.AccessibleAsync("staff-04-home");
    }
}
