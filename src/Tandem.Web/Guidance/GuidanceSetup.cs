namespace Tandem.Web.Guidance;

public static class GuidanceSetup
{
    /// <summary>The therapist's worklist and its settings (section "Guidance").</summary>
    public static IServiceCollection AddGuidance(this IServiceCollection services)
    {
        services.AddOptions<GuidanceOptions>()
            .BindConfiguration("Guidance")
            .Validate(o => o.FeedbackWorkingDays is >= 0 and <= 30 && o.InactiveDays is >= 1 and <= 365,
                "Guidance: FeedbackWorkingDays must lie in 0-30 and InactiveDays in 1-365.")
            .ValidateOnStart();
        services.AddScoped<Worklist>();
        return services;
    }
}
