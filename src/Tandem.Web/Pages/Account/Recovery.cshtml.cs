using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Account;

/// <summary>Second step with a single-use recovery code, for when the phone with the app is lost.</summary>
[EnableRateLimiting(WebSetup.AuthRateLimit)]
public sealed class RecoveryModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, TimeProvider clock, IStringLocalizer<Text> text)
    : PageModel
{
    [BindProperty]
    public RecoveryInput Input { get; set; } = new();

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
        var code = Input.Code.Replace(" ", "", StringComparison.Ordinal);
        var result = user.IsPaused(now) || user.DisabledAt is not null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        return await TwoFactorOutcome.ApplyAsync(this, result, user, users, now, text["recovery.failed"], ReturnUrl);
    }

    public sealed class RecoveryInput
    {
        [Required(ErrorMessage = "validation.required")]
        [StringLength(20, ErrorMessage = "validation.too-long")]
        [Display(Name = "field.recovery-code")]
        public string Code { get; set; } = "";
    }
}
