using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Tandem.Web.Auth;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Account;

/// <summary>
/// Password step of signing in. Every failure reads the same and costs the same time, whether the
/// account exists, the password is wrong or sign-in is paused (ASVS 6.3.8).
/// </summary>
[EnableRateLimiting(WebSetup.AuthRateLimit)]
public sealed class SignInModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, TimeProvider clock, IStringLocalizer<Text> text)
    : PageModel
{
    [BindProperty]
    public CredentialsInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? LocalRedirect(IndexModel.HomeOf(User)) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow();
        var user = await users.FindByEmailAsync(Input.Email);
        if (user is null || user.DisabledAt is not null || user.IsPaused(now))
        {
            users.PasswordHasher.VerifyHashedPassword(new AppUser(), DummyHash.Value, Input.Password);
            return Failed();
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: false);
        if (!result.Succeeded && !result.RequiresTwoFactor)
        {
            user.RecordFailedSignIn(now);
            await users.UpdateAsync(user);
            return Failed();
        }

        user.RecordSuccessfulSignIn();
        await users.UpdateAsync(user);
        LanguageModel.Remember(Response, user.Language);
        return result.RequiresTwoFactor
            ? RedirectToPage("/Account/TwoFactor", new { ReturnUrl })
            : LocalRedirect(SafeReturnUrl(ReturnUrl, IndexModel.HomeOf(await signIn.CreateUserPrincipalAsync(user))));
    }

    private PageResult Failed()
    {
        ModelState.AddModelError(string.Empty, text["signin.failed"]);
        return Page();
    }

    internal static string SafeReturnUrl(string? returnUrl, string fallback) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal) ? returnUrl : fallback;

    // Verified against for unknown or paused accounts, so every failure costs the same hashing time.
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<AppUser>(
        Microsoft.Extensions.Options.Options.Create(new PasswordHasherOptions { IterationCount = IdentitySetup.PasswordHashIterations }))
        .HashPassword(new AppUser(), Guid.NewGuid().ToString()));

    public sealed class CredentialsInput
    {
        [Required(ErrorMessage = "validation.required")]
        [EmailAddress(ErrorMessage = "validation.email")]
        [StringLength(256, ErrorMessage = "validation.too-long")]
        [Display(Name = "field.email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "validation.required")]
        [StringLength(1024, ErrorMessage = "validation.too-long")]
        [Display(Name = "field.password")]
        public string Password { get; set; } = "";
    }
}
