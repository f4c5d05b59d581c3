using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tandem.Web.Auth;

namespace Tandem.Web.Pages;

/// <summary>The public front door; signed-in people go straight to their own start page.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect(HomeOf(User)) : Page();

    public static string HomeOf(System.Security.Claims.ClaimsPrincipal user) =>
        user.IsStaff() ? (user.HasMfa() ? "/Staff" : "/Account/Manage/TwoFactor") : "/Patient";
}
