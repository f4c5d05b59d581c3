namespace Tandem.Web.Reporting;

public static class ReportingSetup
{
    /// <summary>The RE-AIM dashboard's settings (section "Reporting"), its roll-up and the worker that keeps it fresh.</summary>
    public static IServiceCollection AddReporting(this IServiceCollection services)
    {
        services.AddOptions<ReportingOptions>()
            .BindConfiguration("Reporting")
            .Validate(o => o.RefreshMinutes is >= 1 and <= 1440, "Reporting: RefreshMinutes must lie in 1-1440.")
            .ValidateOnStart();
        services.AddScoped<ReAimRollup>();
        services.AddHostedService<ReAimWorker>();
        return services;
    }
}
