using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tandem.Web.Auth;

namespace Tandem.Web.Pages.Account;

/// <summary>Staff who have not set up a second factor are sent to do so; anyone else is told plainly.</summary>
public sealed class AccessDeniedModel : PageModel
{
    public IActionResult OnGet()
    {
        if (User.Identity?.IsAuthenticated == true && User.IsStaff() && !User.HasMfa())
        {
            return RedirectToPage("/Account/Manage/TwoFactor");
        }

        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }
}
