using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Tandem.Domain.Accounts;
using Tandem.Web.Auth;

namespace Tandem.Web.Infrastructure;

public static class WebSetup
{
    public const string AuthRateLimit = "auth";

    public static IServiceCollection AddTandemLocalization(this IServiceCollection services, CookiePolicy cookies)
    {
        services.AddSingleton<JsonStringLocalizer>();
        services.AddSingleton<IStringLocalizerFactory, JsonStringLocalizerFactory>();
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            CultureInfo[] cultures = [.. Language.All.Select(CultureInfo.GetCultureInfo)];
            options.DefaultRequestCulture = new RequestCulture(Language.Default);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider { CookieName = LanguageCookieName(cookies) },
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    public static string LanguageCookieName(CookiePolicy cookies) => cookies.Name("Tandem.Lang");

    public static IServiceCollection AddTandemPages(this IServiceCollection services)
    {
        services.AddRazorPages(pages =>
            {
                pages.Conventions.AuthorizeFolder("/Patient", Policies.Patient);
                pages.Conventions.AuthorizeFolder("/Staff", Policies.Staff);
                pages.Conventions.AuthorizePage("/Staff/Patients/Invite", Policies.Therapist);
                pages.Conventions.AuthorizePage("/Staff/Treatment/Enrol", Policies.Therapist);
                pages.Conventions.AuthorizeFolder("/Staff/Content", Policies.Manager);
                pages.Conventions.AuthorizeFolder("/Admin", Policies.OrgAdmin);
                foreach (var page in AnonymousPages)
                {
                    pages.Conventions.AllowAnonymousToPage(page);
                }
            })
            .AddMvcOptions(mvc =>
            {
                mvc.Filters.Add<DomainRulePageFilter>();
                mvc.Filters.Add<RefusedInputPageFilter>();
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization();
        services.AddOptions<MvcOptions>().Configure<JsonStringLocalizer>((mvc, text) =>
        {
            var messages = mvc.ModelBindingMessageProvider;
            messages.SetValueIsInvalidAccessor(_ => text["validation.invalid"]);
            messages.SetAttemptedValueIsInvalidAccessor((_, _) => text["validation.invalid"]);
            messages.SetValueMustNotBeNullAccessor(_ => text["validation.required"]);
            messages.SetMissingBindRequiredValueAccessor(_ => text["validation.required"]);
            messages.SetMissingKeyOrValueAccessor(() => text["validation.required"]);
            messages.SetUnknownValueIsInvalidAccessor(_ => text["validation.invalid"]);
            messages.SetValueMustBeANumberAccessor(_ => text["validation.number"]);
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => text["validation.invalid"]);
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => text["validation.invalid"]);
            messages.SetNonPropertyValueMustBeANumberAccessor(() => text["validation.number"]);
            messages.SetMissingRequestBodyRequiredValueAccessor(() => text["validation.required"]);
        });
        return services;
    }

    /// <summary>Pages anyone may open: signing in, accepting an invitation, errors, the language switch, the programme preview and the sites' public pages and forms.</summary>
    public static IReadOnlyList<string> AnonymousPages { get; } =
    [
        "/Index", "/Error", "/Status", "/Language", "/Programmes/Index", "/Programmes/Detail",
        "/Sites/Site", "/Sites/Interest", "/Sites/GpReferral", "/Sites/Thanks",
        "/Account/SignIn", "/Account/TwoFactor", "/Account/Recovery", "/Account/ForgotPassword",
        "/Account/ResetPassword", "/Account/AcceptInvitation", "/Account/AccessDenied", "/Account/SignedOut",
    ];

    public static IServiceCollection AddTandemRateLimits(this IServiceCollection services, IConfiguration config)
    {
        var perMinute = config.GetValue("RateLimits:AuthPerMinute", 30);
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Only attempts count (POSTs): reading the sign-in page is free, so a clinic behind one address is not starved.
            limiter.AddPolicy(AuthRateLimit, http => HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
                ? RateLimitPartition.GetNoLimiter("read")
                : RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) }));
        });
        return services;
    }
}
