using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Tandem.Domain.Accounts;
using Tandem.Web.Data;

namespace Tandem.Web.Auth;

public static class IdentitySetup
{
    /// <summary>PBKDF2-HMAC-SHA512 work factor (OWASP 2026: at least 220,000; Identity's default is 100,000).</summary>
    public const int PasswordHashIterations = 220_000;

    /// <summary>
    /// ASP.NET Core Identity hardened per reliability-performance.md §A4; see ADR-0003.
    /// </summary>
    public static IServiceCollection AddTandemIdentity(this IServiceCollection services, CookiePolicy cookies)
    {
        var secure = cookies.Secure;
        var cookieName = cookies.Name("Tandem");
        services.AddIdentity<AppUser, IdentityRole<Guid>>(options =>
            {
                // Length, block-list and personal-word checks live in PasswordPolicy; no composition rules (NIST 800-63B).
                options.Password.RequiredLength = 1;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                // Back-off is Tandem's own (SignInBackoff), so an attacker cannot lock a person out for long.
                options.Lockout.AllowedForNewUsers = false;
                options.User.RequireUniqueEmail = true;
                options.Tokens.AuthenticatorTokenProvider = TotpTokenProvider.Name;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<TotpTokenProvider>(TotpTokenProvider.Name)
            .AddPasswordValidator<BlockListPasswordValidator>()
            .AddClaimsPrincipalFactory<TandemClaimsFactory>();

        services.AddSingleton(_ => BlockListPasswordValidator.LoadPolicy());
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = PasswordHashIterations);
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(1));
        services.AddScoped<SessionCookieEvents>();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = cookieName;
            cookie.Cookie.SecurePolicy = secure;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax; // links from e-mail must arrive signed in; POSTs carry antiforgery tokens
            cookie.Cookie.Path = "/";
            cookie.ExpireTimeSpan = SessionPolicy.Staff.Absolute;
            cookie.SlidingExpiration = false;
            cookie.LoginPath = "/Account/SignIn";
            cookie.LogoutPath = "/Account/SignOut";
            cookie.AccessDeniedPath = "/Account/AccessDenied";
            cookie.ReturnUrlParameter = "returnUrl";
            cookie.EventsType = typeof(SessionCookieEvents);
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, cookie =>
        {
            cookie.Cookie.Name = cookieName + ".2fa";
            cookie.Cookie.SecurePolicy = secure;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.ExpireTimeSpan = TimeSpan.FromMinutes(5);
        });
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = cookieName + ".Csrf";
            antiforgery.Cookie.SecurePolicy = secure;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
        });
        return services;
    }
}

/// <summary>
/// Cookie names and flags for this deployment: Secure and <c>__Host-</c>-prefixed when HTTPS-only,
/// plain on a loopback HTTP run (demo, browser tests), where browsers and antiforgery refuse Secure cookies.
/// </summary>
public sealed record CookiePolicy(bool HttpsOnly)
{
    public CookieSecurePolicy Secure => HttpsOnly ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

    public string Name(string name) => HttpsOnly ? "__Host-" + name : name;
}
