namespace Tandem.Web.Guidance;

public static class GuidanceSetup
{
    /// <summary>The therapist's worklist and its settings (section "Guidance").</summary>
    public static IServiceCollection AddGuidance(this IServiceCollection services)
    {
        services.AddOptions<GuidanceOptions>()
            .BindConfiguration("Guidance")
            .Validate(o => o.FeedbackWorkingDays is >= 0 and <= 30 && o.InactiveDays is >= 1 and <= 365 && o.ReimbursementMinimumMinutes is >= 0 and <= 480,
                "Guidance: FeedbackWorkingDays must lie in 0-30, InactiveDays in 1-365 and ReimbursementMinimumMinutes in 0-480.")
            .ValidateOnStart();
        services.AddScoped<Worklist>();
        services.AddSingleton<WorklistSignals>();
        services.AddSingleton<WorklistChangeInterceptor>();
        services.AddScoped<PatientThread>();
        services.AddScoped<Drafts>();
        services.AddScoped<PlaceholderValues>();
        services.AddScoped<TimeRegister>();
        return services;
    }
}
