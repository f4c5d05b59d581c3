namespace Tandem.Web.Implementation;

public static class ImplementationSetup
{
    /// <summary>The implementation toolkit's settings (section "Implementation") and its e-mails, sent by the reminder job.</summary>
    public static IServiceCollection AddImplementation(this IServiceCollection services)
    {
        services.AddOptions<ImplementationOptions>()
            .BindConfiguration("Implementation")
            .Validate(o => o.ReminderDaysBefore is >= 0 and <= 30 && o.NomadMinimumGroupSize is >= 3 and <= 50,
                "Implementation: ReminderDaysBefore must lie in 0-30 and NomadMinimumGroupSize in 3-50.")
            .ValidateOnStart();
        services.AddScoped<ImplementationNotices>();
        services.AddScoped<MatchingTables>();
        return services;
    }
}
