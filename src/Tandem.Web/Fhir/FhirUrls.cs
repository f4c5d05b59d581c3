namespace Tandem.Web.Fhir;

/// <summary>The canonical URLs and code systems Tandem gives its own FHIR artefacts.</summary>
public static class FhirUrls
{
    public const string Base = "https://fhir.tandem.invalid";

    public static string Questionnaire(string instrumentId) => $"{Base}/Questionnaire/{instrumentId}";

    /// <summary>The code system of an instrument's scales, for scores without a LOINC code.</summary>
    public static string Scales(string instrumentId) => $"{Base}/CodeSystem/{instrumentId}-scales";
}
