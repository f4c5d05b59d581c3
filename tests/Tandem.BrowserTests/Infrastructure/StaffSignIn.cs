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
        try
        {
            // Commit, not load: the worklist keeps a server-sent event stream open, which can hold the load event back.
            await page.WaitForURLAsync("**/Staff", new() { WaitUntil = WaitUntilState.Commit });
        }
        catch (TimeoutException timeout)
        {
            // Say where sign-in ended instead, so a rare failure can be diagnosed from the log.
            throw new TimeoutException($"Signing in did not reach /Staff; the page is {page.Url}: {await page.Locator("main").InnerTextAsync()}", timeout);
        }
    }
}
