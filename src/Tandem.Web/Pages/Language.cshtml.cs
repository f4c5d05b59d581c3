using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages;

/// <summary>Switches the language; a signed-in person's choice is remembered on their account.</summary>
public sealed class LanguageModel(UserManager<AppUser> users) : PageModel
{
    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync(string? language, string? returnUrl)
    {
        if (!Tandem.Domain.Accounts.Language.IsSupported(language))
        {
            return BadRequest();
        }

        Remember(Response, language!);
        if (User.Identity?.IsAuthenticated == true && await users.GetUserAsync(User) is { } user)
        {
            user.Language = language!;
            await users.UpdateAsync(user);
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }

    public static void Remember(HttpResponse response, string language) =>
        response.Cookies.Append(
            WebSetup.LanguageCookieName(response.HttpContext.RequestServices.GetRequiredService<Auth.CookiePolicy>()),
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
            new CookieOptions { Secure = response.HttpContext.Request.IsHttps, HttpOnly = true, SameSite = SameSiteMode.Lax, Path = "/", MaxAge = TimeSpan.FromDays(365), IsEssential = true });
}
