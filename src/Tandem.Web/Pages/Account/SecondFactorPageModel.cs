using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tandem.Web.Data;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace Tandem.Web.Pages.Account;

/// <summary>
/// The second sign-in step, by authenticator code or recovery code. Only reachable after the password
/// step; failures count towards the same back-off as wrong passwords.
/// </summary>
public abstract class SecondFactorPageModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, TimeProvider clock)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    protected SignInManager<AppUser> SignInManager => signIn;

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/SignIn") : Page();

    protected async Task<IActionResult> VerifyAsync(Func<Task<SignInResult>> attempt, string failure)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Account/SignIn");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow();
        var result = user.IsPaused(now) || user.DisabledAt is not null ? SignInResult.Failed : await attempt();
        if (!result.Succeeded)
        {
            user.RecordFailedSignIn(now);
            await users.UpdateAsync(user);
            ModelState.AddModelError(string.Empty, failure);
            return Page();
        }

        user.RecordSuccessfulSignIn();
        await users.UpdateAsync(user);
        LanguageModel.Remember(Response, user.Language);
        return LocalRedirect(SignInModel.SafeReturnUrl(ReturnUrl, "/"));
    }
}

/// <summary>A typed one-time code; authenticator codes have 6 digits, recovery codes 11 characters.</summary>
public sealed class SecondFactorInput
{
    [Required(ErrorMessage = "validation.required")]
    [StringLength(20, ErrorMessage = "validation.too-long")]
    [Display(Name = "field.one-time-code")]
    public string Code { get; set; } = "";
}
