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
        // alerts
        services.AddOptions<AlertOptions>()
            .BindConfiguration("Measurement:Alerts")
            .Validate(o => o.EscalateAfterHours > 0 && o.Interval > TimeSpan.Zero && o.Lease > TimeSpan.Zero && o.MaxMailAttempts > 0 && o.BatchSize > 0,
                "Measurement:Alerts: EscalateAfterHours, Interval, Lease, MaxMailAttempts and BatchSize must be positive.")
            .ValidateOnStart();
        services.AddScoped<AlertMail>();
        services.AddScoped<AlertDispatcher>();
        services.AddScoped<AlertDesk>();
        services.AddHostedService<AlertWorker>();
        // fhir
        services.AddSingleton<ImportedWordingCache>();
        services.AddScoped<QuestionnaireImport>();
        services.AddScoped<Fhir.FhirPatientData>();
        services.AddScoped<Fhir.FhirQuestionnaires>();
        return services;
    }
}
