namespace Tandem.Web.Reminders;

public static class ReminderSetup
{
    public static IServiceCollection AddTandemReminders(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<ReminderOptions>()
            .Bind(config.GetSection("Reminders"))
            .Validate(o => o.Interval > TimeSpan.Zero && o.BatchSize > 0 && o.MaxAttempts > 0 && o.Lease > TimeSpan.Zero,
                "Reminders: Interval, Lease, BatchSize and MaxAttempts must be positive.")
            .Validate(o => o.DefaultInactivityDays is null or (>= Domain.Reminders.ReminderRules.MinInactivityDays and <= Domain.Reminders.ReminderRules.MaxInactivityDays),
                "Reminders:DefaultInactivityDays must be empty or 3 to 30.")
            .ValidateOnStart();
        services.AddScoped<ReminderMail>();
        services.AddScoped<ReminderDispatcher>();
        services.AddScoped<ReminderSettingsStore>();
        services.AddHostedService<ReminderWorker>();
        return services;
    }
}
