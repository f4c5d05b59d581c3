using Hl7.Fhir.Model;
using Tandem.Domain.Integration;

namespace Tandem.Web.Fhir;

/// <summary>The CapabilityStatement of /fhir/metadata: exactly the interactions and search parameters the endpoints serve.</summary>
public static class Capability
{
    public static IReadOnlyList<string> Types { get; } = ["Patient", "Questionnaire", "QuestionnaireResponse", "Observation"];

    public static CapabilityStatement Statement(string baseUrl)
    {
        var rest = new CapabilityStatement.RestComponent
        {
            Mode = CapabilityStatement.RestfulCapabilityMode.Server,
            Documentation = "Tandem's FHIR R4 API for the organisation's own systems. See docs/fhir.md.",
            Security = new CapabilityStatement.SecurityComponent
            {
                Description = "Send 'Authorization: Bearer <client-id>.<secret>' of an API client issued by the organisation's administrator "
                    + "(Admin > API clients). Scopes (SMART v2 system scopes): " + string.Join(", ", ApiScope.All)
                    + ". A client sees only its own organisation's patients.",
            },
            Resource =
            [
                Resource(ResourceType.Patient, false, ("identifier", SearchParamType.Token, "system|value: " + FhirUrls.RecordNumber + " (the clinic's patient number) or " + FhirUrls.PatientId), ("_id", SearchParamType.Token, "Tandem id")),
                Resource(ResourceType.Questionnaire, true, ("url", SearchParamType.Uri, "canonical url, optionally |version"), ("name", SearchParamType.String, "starts with, case-insensitive"), ("_id", SearchParamType.Token, "resource id")),
                Resource(ResourceType.QuestionnaireResponse, false, ("patient", SearchParamType.Reference, "Patient/<id>"), ("subject", SearchParamType.Reference, "Patient/<id>"), ("questionnaire", SearchParamType.Reference, "the instrument's canonical url"), ("authored", SearchParamType.Date, "ge, gt, le, lt, eq")),
                Resource(ResourceType.Observation, false, ("patient", SearchParamType.Reference, "Patient/<id>"), ("subject", SearchParamType.Reference, "Patient/<id>"), ("code", SearchParamType.Token, "LOINC or " + FhirUrls.Scales("<instrument>")), ("date", SearchParamType.Date, "ge, gt, le, lt, eq")),
            ],
        };
        return new CapabilityStatement
        {
            Id = "tandem",
            Url = $"{FhirUrls.Base}/CapabilityStatement/tandem",
            Name = "TandemFhirApi",
            Title = "Tandem FHIR R4 API",
            Status = PublicationStatus.Active,
            Date = "2026-11-26",
            Publisher = "Tandem",
            Kind = CapabilityStatementKind.Instance,
            Software = new CapabilityStatement.SoftwareComponent { Name = "Tandem" },
            Implementation = new CapabilityStatement.ImplementationComponent { Description = "Tandem", Url = baseUrl },
            FhirVersion = FHIRVersion.N4_0_1,
            Format = ["application/fhir+json"],
            Rest = [rest],
        };
    }

    private static CapabilityStatement.ResourceComponent Resource(ResourceType type, bool create, params (string Name, SearchParamType Type, string Documentation)[] parameters)
    {
        var resource = new CapabilityStatement.ResourceComponent
        {
            Type = type.ToString(),
            Interaction =
            [
                new CapabilityStatement.ResourceInteractionComponent { Code = CapabilityStatement.TypeRestfulInteraction.Read },
                new CapabilityStatement.ResourceInteractionComponent { Code = CapabilityStatement.TypeRestfulInteraction.SearchType },
            ],
            SearchParam =
            [
                .. parameters.Select(p => new CapabilityStatement.SearchParamComponent { Name = p.Name, Type = p.Type, Documentation = p.Documentation }),
                new CapabilityStatement.SearchParamComponent { Name = "_count", Type = SearchParamType.Number, Documentation = "page size, 1-100 (default 20)" },
                new CapabilityStatement.SearchParamComponent { Name = "_offset", Type = SearchParamType.Number, Documentation = "paging position, as in the next links" },
            ],
        };
        if (create)
        {
            resource.Interaction.Add(new CapabilityStatement.ResourceInteractionComponent
            {
                Code = CapabilityStatement.TypeRestfulInteraction.Create,
                Documentation = "Licensed import: the Questionnaire must match a licensed instrument's scoring definition and carry the licence extensions (docs/fhir.md).",
            });
        }

        return resource;
    }
}
