using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Access;
using Tandem.Domain.Audit;
using Tandem.Domain.Integration;
using Tandem.Domain.Measurement;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;
using Tandem.Web.Measurement;
using DomainPatient = Tandem.Domain.Patients.Patient;

namespace Tandem.Web.Fhir;

/// <summary>
/// Read and search of patient data (Patient, QuestionnaireResponse, Observation) for an API client: every query starts
/// from the client's organisation's patients; outside it a record is simply not found. Every patient whose data is
/// returned gets an audit entry with the client as actor, saved before the response is written.
/// </summary>
public sealed class FhirPatientData(AppDbContext db, InstrumentCatalog catalog, InstrumentWordings wordings, AuditTrail audit)
{
    public async Task<IResult> ReadPatientAsync(HttpContext http, string id)
    {
        var client = FhirGate.ClientOf(http);
        var guid = Id(id, "Patient");
        var patient = await Patients(client).SingleOrDefaultAsync(p => p.Id == guid, http.RequestAborted)
            ?? throw FhirException.NotFound("Patient", id);
        return await AuditedAsync(http, client, AuditAction.Read, "Patient", [(patient.Id, patient.Id)], FhirMapping.Patient(patient));
    }

    public async Task<IResult> SearchPatientsAsync(HttpContext http)
    {
        var client = FhirGate.ClientOf(http);
        var search = new SearchParameters(http.Request.Query, ["identifier", "_id"]);
        var patients = Patients(client);
        if (search.Value("_id") is { } id)
        {
            var guid = Guid.TryParse(id, out var parsed) ? parsed : throw FhirException.BadRequest("'_id' must be a Tandem id.");
            patients = patients.Where(p => p.Id == guid);
        }

        if (search.Token("identifier") is (var system, var value))
        {
            var asId = Guid.TryParse(value, out var guid) ? guid : (Guid?)null;
            patients = system switch
            {
                FhirUrls.RecordNumber => patients.Where(p => p.RecordNumber == value),
                FhirUrls.PatientId => patients.Where(p => p.Id == asId),
                null => patients.Where(p => p.RecordNumber == value || p.Id == asId),
                _ => patients.Where(_ => false),
            };
        }
        else if (search.Value("_id") is null)
        {
            throw FhirException.BadRequest("Search patients by 'identifier' (or '_id').");
        }

        var total = await patients.CountAsync(http.RequestAborted);
        var page = await patients.OrderBy(p => p.Id).Skip(search.Offset).Take(search.Count).ToListAsync(http.RequestAborted);
        return await AuditedSearchAsync(http, client, search, "Patient", [.. page.Select(p => (p.Id, p.Id))], [.. page.Select(FhirMapping.Patient)], total);
    }

    public async Task<IResult> ReadResponseAsync(HttpContext http, string id)
    {
        var client = FhirGate.ClientOf(http);
        var guid = Id(id, "QuestionnaireResponse");
        var response = await Responses(client).SingleOrDefaultAsync(r => r.Id == guid, http.RequestAborted)
            ?? throw FhirException.NotFound("QuestionnaireResponse", id);
        var resource = FhirMapping.Response(response, await WordingAsync(response, client, http.RequestAborted));
        return await AuditedAsync(http, client, AuditAction.Read, "QuestionnaireResponse", [(response.PatientId, response.Id)], resource);
    }

    public async Task<IResult> SearchResponsesAsync(HttpContext http)
    {
        var client = FhirGate.ClientOf(http);
        var search = new SearchParameters(http.Request.Query, ["patient", "subject", "questionnaire", "authored"], dates: ["authored"]);
        var responses = Responses(client);
        if ((search.Reference("patient", "Patient") ?? search.Reference("subject", "Patient")) is { } patientId)
        {
            responses = responses.Where(r => r.PatientId == patientId);
        }

        if (search.Value("questionnaire") is { } questionnaire)
        {
            var url = questionnaire.Split('|')[0];
            var prefix = FhirUrls.Questionnaire("");
            var instrumentId = url.StartsWith(prefix, StringComparison.Ordinal) ? url[prefix.Length..] : null;
            responses = responses.Where(r => r.InstrumentId == instrumentId);
        }

        foreach (var bound in search.Dates("authored"))
        {
            if (bound.From is { } from)
            {
                responses = responses.Where(r => r.SubmittedAt >= from);
            }

            if (bound.Before is { } before)
            {
                responses = responses.Where(r => r.SubmittedAt < before);
            }
        }

        var total = await responses.CountAsync(http.RequestAborted);
        var page = await responses.OrderByDescending(r => r.SubmittedAt).ThenBy(r => r.Id).Skip(search.Offset).Take(search.Count).ToListAsync(http.RequestAborted);
        var resources = new List<Resource>();
        foreach (var response in page)
        {
            resources.Add(FhirMapping.Response(response, await WordingAsync(response, client, http.RequestAborted)));
        }

        return await AuditedSearchAsync(http, client, search, "QuestionnaireResponse", [.. page.Select(r => (r.PatientId, r.Id))], resources, total);
    }

    public async Task<IResult> ReadObservationAsync(HttpContext http, string id)
    {
        var client = FhirGate.ClientOf(http);
        var guid = Id(id, "Observation");
        var score = await Scores(client).SingleOrDefaultAsync(s => s.Id == guid, http.RequestAborted)
            ?? throw FhirException.NotFound("Observation", id);
        return await AuditedAsync(http, client, AuditAction.Read, "Observation", [(score.PatientId, score.Id)], FhirMapping.Observation(score, catalog));
    }

    public async Task<IResult> SearchObservationsAsync(HttpContext http)
    {
        var client = FhirGate.ClientOf(http);
        var search = new SearchParameters(http.Request.Query, ["patient", "subject", "code", "date"], dates: ["date"]);
        var scores = Scores(client);
        if ((search.Reference("patient", "Patient") ?? search.Reference("subject", "Patient")) is { } patientId)
        {
            scores = scores.Where(s => s.PatientId == patientId);
        }

        if (search.Token("code") is (var system, var code))
        {
            var keys = catalog.All
                .SelectMany(i => i.Scales.Select(s => (Instrument: i, Scale: s, Coding: FhirMapping.CodeOf(i, s))))
                .Where(x => x.Coding.Code == code && (system is null || x.Coding.System == system))
                .Select(x => x.Instrument.Id + "/" + x.Scale.Id)
                .ToList();
            scores = scores.Where(s => keys.Contains(s.InstrumentId + "/" + s.ScaleId));
        }

        foreach (var bound in search.Dates("date"))
        {
            if (bound.From is { } from)
            {
                scores = scores.Where(s => s.EffectiveAt >= from);
            }

            if (bound.Before is { } before)
            {
                scores = scores.Where(s => s.EffectiveAt < before);
            }
        }

        var total = await scores.CountAsync(http.RequestAborted);
        var page = await scores.OrderByDescending(s => s.EffectiveAt).ThenBy(s => s.Id).Skip(search.Offset).Take(search.Count).ToListAsync(http.RequestAborted);
        return await AuditedSearchAsync(
            http, client, search, "Observation", [.. page.Select(s => (s.PatientId, s.Id))], [.. page.Select(s => FhirMapping.Observation(s, catalog))], total);
    }

    private IQueryable<DomainPatient> Patients(ApiClient client) => db.Patients.VisibleTo(client);

    private IQueryable<InstrumentResponse> Responses(ApiClient client) =>
        db.InstrumentResponses.Where(r => r.SubmittedAt != null && Patients(client).Any(p => p.Id == r.PatientId));

    private IQueryable<InstrumentScore> Scores(ApiClient client) =>
        db.InstrumentScores.Where(s => Patients(client).Any(p => p.Id == s.PatientId));

    private async Task<Questionnaire?> WordingAsync(InstrumentResponse response, ApiClient client, CancellationToken ct) =>
        catalog.Find(response.InstrumentId) is { } instrument
        && await wordings.FindAsync(instrument, client.OrganisationId, response.Language, ct) is var (questionnaire, language)
        && language == response.Language
            ? questionnaire
            : null;

    private async Task<IResult> AuditedAsync(
        HttpContext http, ApiClient client, AuditAction action, string type, IReadOnlyList<(Guid Patient, Guid Object)> accessed, Resource resource)
    {
        foreach (var (patient, objectId) in accessed)
        {
            audit.RecordForClient(client, action, patient, type, objectId.ToString());
        }

        await db.SaveChangesAsync(http.RequestAborted);
        return new FhirResult(resource);
    }

    /// <summary>One Search entry per patient whose data the page discloses; one without patient when it discloses none.</summary>
    private async Task<IResult> AuditedSearchAsync(
        HttpContext http, ApiClient client, SearchParameters search, string type, IReadOnlyList<(Guid Patient, Guid Object)> accessed,
        IReadOnlyList<Resource> page, int total)
    {
        var patients = accessed.Select(a => a.Patient).Distinct().ToList();
        foreach (var patient in patients)
        {
            audit.RecordForClient(client, AuditAction.Search, patient, type);
        }

        if (patients.Count == 0)
        {
            audit.RecordForClient(client, AuditAction.Search, null, type);
        }

        await db.SaveChangesAsync(http.RequestAborted);
        return Searchset.Of(http.Request, search, page, total);
    }

    private static Guid Id(string id, string type) => Guid.TryParse(id, out var guid) ? guid : throw FhirException.NotFound(type, id);
}
