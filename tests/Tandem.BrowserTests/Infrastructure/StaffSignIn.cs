using Microsoft.Playwright;

namespace Tandem.BrowserTests.Infrastructure;

public static class StaffSignIn
{
    /// <summary>Signs a member of staff in with password and authenticator code, in either language, ending on the staff start page.</summary>
    public static async Task SignInStaffAsync(this IPage page, StaffMember member)
    {
        await page.GotoAsync("/Account/SignIn");
        await page.Locator("#Input_Email").FillAsync(member.Email);
        await page.Locator("#Input_Password").FillAsync(member.Password);
        await page.Locator("#Input_Password").PressAsync("Enter"); // submits in any language
        await page.WaitForURLAsync("**/Account/TwoFactor**");
        await page.Locator("#Input_Code").FillAsync(member.CurrentCode());
        await page.Locator("#Input_Code").PressAsync("Enter");
        await page.ReachedAsync("/Staff");
    }
}
