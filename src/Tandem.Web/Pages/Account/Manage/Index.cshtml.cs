using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Account.Manage;

/// <summary>A person's own name and language; the language follows them to every device.</summary>
public sealed class ProfileModel(UserManager<AppUser> users, IStringLocalizer<Text> text) : PageModel
{
    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        Input = new ProfileInput { DisplayName = user.DisplayName, Language = user.Language };
        return Page();
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

        user.DisplayName = Input.DisplayName.Trim();
        user.Language = Input.Language;
        await users.UpdateAsync(user);
        LanguageModel.Remember(Response, user.Language);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(user.Language);
        TempData[Flash.Info] = text["profile.saved"].Value;
        return RedirectToPage();
    }

    public sealed class ProfileInput
    {
        [Required(ErrorMessage = "validation.required")]
        [StringLength(200, ErrorMessage = "validation.too-long")]
        [Display(Name = "field.display-name")]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = "validation.required")]
        [RegularExpression("^(nl|en)$", ErrorMessage = "validation.invalid")]
        [Display(Name = "field.language")]
        public string Language { get; set; } = Tandem.Domain.Accounts.Language.Default;
    }
}
