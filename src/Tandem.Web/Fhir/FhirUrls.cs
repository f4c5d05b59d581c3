namespace Tandem.Web.Fhir;

/// <summary>The canonical URLs and code systems Tandem gives its own FHIR artefacts.</summary>
public static class FhirUrls
{
    public const string Base = "https://fhir.tandem.invalid";

    public static string Questionnaire(string instrumentId) => $"{Base}/Questionnaire/{instrumentId}";

    /// <summary>The code system of an instrument's scales, for scores without a LOINC code.</summary>
    public static string Scales(string instrumentId) => $"{Base}/CodeSystem/{instrumentId}-scales";

    /// <summary>The identifier system of Tandem's own patient id.</summary>
    public const string PatientId = Base + "/patient-id";

    /// <summary>The identifier system of the clinic's own patient number (unique within the client's organisation).</summary>
    public const string RecordNumber = Base + "/record-number";

    /// <summary>Extensions on a posted Questionnaire that record the organisation's licence for it.</summary>
    public const string LicenceReference = Base + "/StructureDefinition/licence-reference";

    public const string LicenceHolder = Base + "/StructureDefinition/licence-holder";

    public const string LicenceValidUntil = Base + "/StructureDefinition/licence-valid-until";
}
