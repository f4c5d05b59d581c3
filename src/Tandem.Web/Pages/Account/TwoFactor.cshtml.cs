using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Account;

/// <summary>Second step: a code from the authenticator app. Wrong codes count towards the same back-off.</summary>
[EnableRateLimiting(WebSetup.AuthRateLimit)]
public sealed class TwoFactorModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, TimeProvider clock, IStringLocalizer<Text> text)
    : PageModel
{
    [BindProperty]
    public CodeInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
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
        var result = user.IsPaused(now) || user.DisabledAt is not null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.TwoFactorAuthenticatorSignInAsync(Input.Code, isPersistent: false, rememberClient: false);
        return await TwoFactorOutcome.ApplyAsync(this, result, user, users, now, text["twofactor.failed"], ReturnUrl);
    }

    public sealed class CodeInput
    {
        [Required(ErrorMessage = "validation.required")]
        [StringLength(12, ErrorMessage = "validation.too-long")]
        [Display(Name = "field.code")]
        public string Code { get; set; } = "";
    }
}

/// <summary>What happens after a second-factor attempt, shared by authenticator and recovery codes.</summary>
internal static class TwoFactorOutcome
{
    public static async Task<IActionResult> ApplyAsync(
        PageModel page, Microsoft.AspNetCore.Identity.SignInResult result, AppUser user, UserManager<AppUser> users,
        DateTimeOffset now, string failure, string? returnUrl)
    {
        if (!result.Succeeded)
        {
            user.RecordFailedSignIn(now);
            await users.UpdateAsync(user);
            page.ModelState.AddModelError(string.Empty, failure);
            return page.Page();
        }

        user.RecordSuccessfulSignIn();
        await users.UpdateAsync(user);
        LanguageModel.Remember(page.Response, user.Language);
        return page.LocalRedirect(SignInModel.SafeReturnUrl(returnUrl, "/"));
    }
}
