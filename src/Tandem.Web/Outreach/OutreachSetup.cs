using System.Threading.RateLimiting;

namespace Tandem.Web.Outreach;

public static class OutreachSetup
{
    public const string FormRateLimit = "outreach-forms";

    public static IServiceCollection AddOutreach(this IServiceCollection services, IConfiguration config)
    {
        var section = config.GetSection("Outreach");
        services.AddOptions<OutreachOptions>().Bind(section)
            .Validate(o => o.MinimumFillSeconds is >= 0 and <= 600 && o.MaximumFillHours is >= 1 and <= 168 && o.PerAddressPerHour >= 1 && o.PerSitePerHour >= 1,
                "Outreach: MinimumFillSeconds 0-600, MaximumFillHours 1-168, PerAddressPerHour and PerSitePerHour at least 1.")
            .ValidateOnStart();
        services.AddSingleton<FormStamp>();
        services.AddScoped<ReferralDesk>();
        services.AddScoped<ReferralNotices>();
        services.AddScoped<ReferralSources>();
        var perHour = section.GetValue("PerAddressPerHour", new OutreachOptions().PerAddressPerHour);
        services.AddRateLimiter(limiter =>
            // Only sending counts; reading the forms is free. Per client address, over all sites together.
            limiter.AddPolicy(FormRateLimit, http => HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
                ? RateLimitPartition.GetNoLimiter("read")
                : RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perHour, Window = TimeSpan.FromHours(1) })));
        return services;
    }
}
