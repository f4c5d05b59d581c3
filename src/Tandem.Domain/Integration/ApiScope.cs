namespace Tandem.Domain.Integration;

/// <summary>
/// The SMART on FHIR v2 system scopes an API client can be given: <c>system/&lt;Resource&gt;.&lt;c|r|s&gt;</c>
/// (c = create, r = read, s = search). A client sees only its own organisation's records whatever its scopes.
/// </summary>
public static class ApiScope
{
    public const string QuestionnaireRead = "system/Questionnaire.rs";
    public const string QuestionnaireCreate = "system/Questionnaire.c";
    public const string QuestionnaireResponseRead = "system/QuestionnaireResponse.rs";
    public const string ObservationRead = "system/Observation.rs";
    public const string PatientRead = "system/Patient.rs";

    public static IReadOnlyList<string> All { get; } =
        [QuestionnaireRead, QuestionnaireCreate, QuestionnaireResponseRead, ObservationRead, PatientRead];
}
