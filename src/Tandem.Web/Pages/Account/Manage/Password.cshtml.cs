using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Tandem.Domain.Accounts;
using Tandem.Web.Auth;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Account.Manage;

/// <summary>Changing one's password ends every other session of the account (ASVS 7.4.3).</summary>
public sealed class PasswordModel(
    UserManager<AppUser> users, SignInManager<AppUser> signIn, AppDbContext db, TimeProvider clock, IStringLocalizer<Text> text)
    : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "validation.required")]
    [StringLength(1024, ErrorMessage = "validation.too-long")]
    [Display(Name = "field.current-password")]
    public string CurrentPassword { get; set; } = "";

    [BindProperty]
    public NewPasswordInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await users.ChangePasswordAsync(user, CurrentPassword, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors.Where(e => e.Code == "PasswordMismatch"))
            {
                ModelState.AddModelError(nameof(CurrentPassword), text["password.wrong-current"]);
            }

            NewPasswordInput.AddErrors(ModelState, nameof(Input), result.Errors.Where(e => e.Code != "PasswordMismatch"));
            return Page();
        }

        var mfa = User.HasMfa();
        await db.EndAllAsync(user.Id, clock.GetUtcNow(), SessionEndReason.PasswordChanged);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new(TandemClaims.AuthenticationMethod, mfa ? TandemClaims.Mfa : "pwd")]);
        TempData[Flash.Info] = text["password.changed"].Value;
        return RedirectToPage("/Account/Manage/Index");
    }
}
