namespace Tandem.Web.Measurement;

public static class MeasurementSetup
{
    /// <summary>Questionnaires: wordings, answering and submitting (scores, requests, alerts).</summary>
    public static IServiceCollection AddMeasurement(this IServiceCollection services)
    {
        services.AddScoped<InstrumentWordings>();
        services.AddScoped<ResponseSubmission>();

        // answering
        services.AddSingleton(sp => new CorrectionWindow(sp.GetRequiredService<IConfiguration>().GetValue("Measurement:CorrectionDays", CorrectionWindow.DefaultDays)));
        // schedules
        services.AddScoped<MeasurementPlanner>();
        services.AddOptions<MeasurementReminderOptions>().BindConfiguration("Measurement:Reminders");
        return services;
    }
}
