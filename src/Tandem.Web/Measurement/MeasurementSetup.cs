namespace Tandem.Web.Measurement;

public static class MeasurementSetup
{
    /// <summary>Questionnaires: wordings, answering and submitting (scores, requests, alerts).</summary>
    public static IServiceCollection AddMeasurement(this IServiceCollection services)
    {
        services.AddScoped<InstrumentWordings>();
        services.AddScoped<ResponseSubmission>();

        // fhir
        services.AddSingleton<ImportedWordingCache>();
        services.AddScoped<QuestionnaireImport>();
        services.AddScoped<Fhir.FhirPatientData>();
        services.AddScoped<Fhir.FhirQuestionnaires>();
        return services;
    }
}
