namespace Tandem.Web.Measurement;

public static class MeasurementSetup
{
    /// <summary>Questionnaires: wordings, answering and submitting (scores, requests, alerts).</summary>
    public static IServiceCollection AddMeasurement(this IServiceCollection services)
    {
        services.AddScoped<InstrumentWordings>();
        services.AddScoped<ResponseSubmission>();

        // schedules
        services.AddScoped<MeasurementPlanner>();
        services.AddOptions<MeasurementReminderOptions>().BindConfiguration("Measurement:Reminders");
        return services;
    }
}
