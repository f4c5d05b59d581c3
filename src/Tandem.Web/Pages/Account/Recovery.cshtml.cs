using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Account;

/// <summary>Second step with a single-use recovery code, for when the phone with the app is lost.</summary>
[EnableRateLimiting(WebSetup.AuthRateLimit)]
public sealed class RecoveryModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, TimeProvider clock, IStringLocalizer<Text> text)
    : SecondFactorPageModel(signIn, users, clock)
{
    [BindProperty]
    public SecondFactorInput Input { get; set; } = new();

    public Task<IActionResult> OnPostAsync() =>
        VerifyAsync(() => SignInManager.TwoFactorRecoveryCodeSignInAsync(Input.Code.Replace(" ", "", StringComparison.Ordinal)), text["recovery.failed"]);
}
