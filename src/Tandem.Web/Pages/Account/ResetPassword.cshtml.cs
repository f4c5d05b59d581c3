using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Tandem.Domain.Accounts;
using Tandem.Web.Auth;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Account;

/// <summary>Choosing a new password from an e-mailed link; every open session of the account ends.</summary>
[EnableRateLimiting(WebSetup.AuthRateLimit)]
public sealed class ResetPasswordModel(UserManager<AppUser> users, AppDbContext db, TimeProvider clock, IStringLocalizer<Text> text)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    [BindProperty]
    public NewPasswordInput Input { get; set; } = new();

    public IActionResult OnGet() => UserId == Guid.Empty || Token.Length == 0 ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByIdAsync(UserId.ToString());
        if (user is null || user.DisabledAt is not null)
        {
            ModelState.AddModelError(string.Empty, text["reset.invalid"]);
            return Page();
        }

        var result = await users.ResetPasswordAsync(user, Token, Input.Password);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == "InvalidToken"))
            {
                ModelState.AddModelError(string.Empty, text["reset.invalid"]);
            }

            NewPasswordInput.AddErrors(ModelState, nameof(Input), result.Errors.Where(e => e.Code != "InvalidToken"));
            return Page();
        }

        user.RecordSuccessfulSignIn();
        await users.UpdateAsync(user);
        await db.EndAllAsync(user.Id, clock.GetUtcNow(), SessionEndReason.PasswordChanged);
        TempData[Flash.Info] = text["reset.done"].Value;
        return RedirectToPage("/Account/SignIn");
    }
}
