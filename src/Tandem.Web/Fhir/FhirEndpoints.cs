using Hl7.Fhir.Model;
using Tandem.Domain.Integration;

namespace Tandem.Web.Fhir;

/// <summary>
/// The FHIR R4 API under /fhir (docs/fhir.md). Its own authentication (API clients, see <see cref="FhirGate"/>), not
/// the cookie sign-in; every answer, errors included, is application/fhir+json.
/// </summary>
public static class FhirEndpoints
{
    public const string Prefix = "/fhir";

    public static IEndpointRouteBuilder MapFhir(this IEndpointRouteBuilder app)
    {
        var fhir = app.MapGroup(Prefix).AllowAnonymous().DisableAntiforgery().AddEndpointFilter<FhirGate>();
        fhir.MapGet("/metadata", (HttpRequest request) => new FhirResult(Capability.Statement(Searchset.BaseUrl(request))));
        fhir.MapGroup("").RequireClient()
            .MapRead<FhirPatientData>("Patient", ApiScope.PatientRead, (h, id, d) => d.ReadPatientAsync(h, id), (h, d) => d.SearchPatientsAsync(h))
            .MapRead<FhirPatientData>("QuestionnaireResponse", ApiScope.QuestionnaireResponseRead, (h, id, d) => d.ReadResponseAsync(h, id), (h, d) => d.SearchResponsesAsync(h))
            .MapRead<FhirPatientData>("Observation", ApiScope.ObservationRead, (h, id, d) => d.ReadObservationAsync(h, id), (h, d) => d.SearchObservationsAsync(h))
            .MapRead<FhirQuestionnaires>("Questionnaire", ApiScope.QuestionnaireRead, (h, id, q) => q.ReadAsync(h, id), (h, q) => q.SearchAsync(h))
            .MapPost("/Questionnaire", (HttpContext h, FhirQuestionnaires q) => q.CreateAsync(h)).WithMetadata(new RequiresScope(ApiScope.QuestionnaireCreate));

        // Anything else under /fhir: an unknown resource type (404) or an interaction Tandem does not offer (405).
        fhir.MapGroup("").RequireClient().Map("/{**rest}", (HttpContext http) => Unsupported(http));
        return app;
    }

    private static RouteGroupBuilder RequireClient(this RouteGroupBuilder group) =>
        group.WithMetadata(new RequiresClient());

    private static RouteGroupBuilder MapRead<TService>(
        this RouteGroupBuilder group, string type, string scope,
        Func<HttpContext, string, TService, Task<IResult>> read, Func<HttpContext, TService, Task<IResult>> search)
        where TService : notnull
    {
        group.MapGet($"/{type}/{{id}}", (HttpContext http, string id, TService service) => read(http, id, service)).WithMetadata(new RequiresScope(scope));
        group.MapGet($"/{type}", (HttpContext http, TService service) => search(http, service)).WithMetadata(new RequiresScope(scope));
        return group;
    }

    private static FhirResult Unsupported(HttpContext http)
    {
        var type = http.Request.RouteValues["rest"]?.ToString()?.Split('/')[0];
        return Capability.Types.Contains(type)
            ? Outcome.Result(StatusCodes.Status405MethodNotAllowed, OperationOutcome.IssueType.NotSupported,
                $"{http.Request.Method} is not supported on this path; see /fhir/metadata.")
            : Outcome.Result(StatusCodes.Status404NotFound, OperationOutcome.IssueType.NotSupported,
                $"Tandem does not serve the resource type '{type}'; see /fhir/metadata.");
    }
}
