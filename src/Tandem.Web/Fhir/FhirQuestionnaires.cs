using System.Globalization;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Audit;
using Tandem.Domain.Measurement;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Infrastructure;
using Tandem.Web.Measurement;

namespace Tandem.Web.Fhir;

/// <summary>
/// Questionnaires: the wordings that ship with Tandem (id <c>&lt;instrument&gt;-&lt;language&gt;</c>) and those the client's
/// organisation imported (id = the import's id); and the licensed import itself (POST).
/// </summary>
public sealed class FhirQuestionnaires(
    AppDbContext db, InstrumentCatalog catalog, ImportedWordingCache cache, QuestionnaireImport import, AuditTrail audit)
{
    public async Task<IResult> ReadAsync(HttpContext http, string id)
    {
        var all = await AllAsync(http);
        return new FhirResult(all.FirstOrDefault(q => q.Id == id) ?? throw FhirException.NotFound("Questionnaire", id));
    }

    public async Task<IResult> SearchAsync(HttpContext http)
    {
        var search = new SearchParameters(http.Request.Query, ["url", "name", "_id"]);
        IEnumerable<Questionnaire> found = await AllAsync(http);
        if (search.Value("url") is { } url)
        {
            var parts = url.Split('|');
            found = found.Where(q => q.Url == parts[0] && (parts.Length == 1 || q.Version == parts[1]));
        }

        if (search.Value("name") is { } name)
        {
            found = found.Where(q => q.Name?.StartsWith(name, StringComparison.OrdinalIgnoreCase) == true);
        }

        if (search.Value("_id") is { } id)
        {
            found = found.Where(q => q.Id == id);
        }

        var list = found.ToList();
        return Searchset.Of(http.Request, search, list.Skip(search.Offset).Take(search.Count), list.Count);
    }

    /// <summary>The licensed import: 400 when the body is no Questionnaire, 422 when it does not fit a licensed instrument.</summary>
    public async Task<IResult> CreateAsync(HttpContext http)
    {
        var client = FhirGate.ClientOf(http);
        var mediaType = http.Request.ContentType?.Split(';')[0].Trim();
        if (mediaType is not ("application/fhir+json" or "application/json"))
        {
            throw new FhirException(StatusCodes.Status415UnsupportedMediaType, OperationOutcome.IssueType.NotSupported, "Send the Questionnaire as application/fhir+json.");
        }

        var json = await ReadBodyAsync(http.Request);
        var (questionnaire, parseProblem) = QuestionnaireImport.Parse(json);
        if (questionnaire is null)
        {
            throw new FhirException(StatusCodes.Status400BadRequest, OperationOutcome.IssueType.Structure, "The body is not a valid FHIR R4 Questionnaire.", parseProblem!.Details);
        }

        var instrument = import.InstrumentNamedBy(questionnaire);
        if (import.Check(questionnaire, instrument, questionnaire.Language ?? "") is { } problem)
        {
            throw new FhirException(StatusCodes.Status422UnprocessableEntity, OperationOutcome.IssueType.Processing, Explain(problem.Key), problem.Details);
        }

        var licence = LicenceOf(questionnaire);
        var imported = import.Add(client.OrganisationId, instrument!, questionnaire, licence, client.Id);
        audit.RecordForClient(client, AuditAction.Create, null, "ImportedQuestionnaire", imported.Id.ToString());
        await db.SaveChangesAsync(http.RequestAborted);
        var created = await cache.GetAsync(imported.Id, db, http.RequestAborted);
        return new FhirResult(created, StatusCodes.Status201Created, $"{Searchset.BaseUrl(http.Request)}/Questionnaire/{imported.Id}");
    }

    private async Task<List<Questionnaire>> AllAsync(HttpContext http)
    {
        var client = FhirGate.ClientOf(http);
        var shipped = catalog.All.SelectMany(i => catalog.LanguagesOf(i.Id).Select(language => Shipped(i.Id, language)));
        var imported = new List<Questionnaire>();
        var ids = await db.ImportedQuestionnaires.Where(q => q.OrganisationId == client.OrganisationId)
            .OrderBy(q => q.ImportedAt).Select(q => q.Id).ToListAsync(http.RequestAborted);
        foreach (var id in ids)
        {
            imported.Add(await cache.GetAsync(id, db, http.RequestAborted));
        }

        return [.. shipped, .. imported];
    }

    private Questionnaire Shipped(string instrumentId, string language)
    {
        var copy = (Questionnaire)catalog.Wording(instrumentId, language)!.DeepCopy();
        copy.Id = $"{instrumentId}-{language}";
        return copy;
    }

    private static ImportedQuestionnaire.Licence LicenceOf(Questionnaire questionnaire)
    {
        var reference = (questionnaire.GetExtension(FhirUrls.LicenceReference)?.Value as FhirString)?.Value;
        if (string.IsNullOrWhiteSpace(reference) || reference.Length > 200)
        {
            throw new FhirException(StatusCodes.Status422UnprocessableEntity, OperationOutcome.IssueType.Required,
                $"Record your organisation's licence: the extension {FhirUrls.LicenceReference} (valueString, at most 200 characters) is required.");
        }

        var holder = (questionnaire.GetExtension(FhirUrls.LicenceHolder)?.Value as FhirString)?.Value;
        if (holder?.Length > 200)
        {
            throw new FhirException(StatusCodes.Status422UnprocessableEntity, OperationOutcome.IssueType.TooLong, "The licence holder has at most 200 characters.");
        }

        DateOnly? until = null;
        if (questionnaire.GetExtension(FhirUrls.LicenceValidUntil)?.Value is { } value)
        {
            until = value is Date { Value: { Length: 10 } text } && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day
                : throw new FhirException(StatusCodes.Status422UnprocessableEntity, OperationOutcome.IssueType.Invalid, $"{FhirUrls.LicenceValidUntil} must be a valueDate (YYYY-MM-DD).");
        }

        return new ImportedQuestionnaire.Licence(holder, reference, until);
    }

    private static string Explain(string key) => key switch
    {
        "import.unknown-instrument" => "The Questionnaire's url or name does not name a Tandem instrument (url https://fhir.tandem.invalid/Questionnaire/<instrument> or name <instrument>).",
        "import.wording-shipped" => "Tandem ships this free instrument's official wording in this language; it is not imported.",
        "import.language" => "The Questionnaire's language must be 'nl' or 'en'.",
        _ => "The Questionnaire does not match the instrument's scoring definition.",
    };

    private static async Task<string> ReadBodyAsync(HttpRequest request)
    {
        if (request.ContentLength > QuestionnaireImport.MaximumLength * 4L)
        {
            throw TooLarge();
        }

        using var reader = new StreamReader(request.Body);
        var buffer = new char[QuestionnaireImport.MaximumLength + 1];
        var length = await reader.ReadBlockAsync(buffer, request.HttpContext.RequestAborted);
        return length > QuestionnaireImport.MaximumLength ? throw TooLarge() : new string(buffer, 0, length);
    }

    private static FhirException TooLarge() =>
        new(StatusCodes.Status413PayloadTooLarge, OperationOutcome.IssueType.TooLong, $"A Questionnaire has at most {QuestionnaireImport.MaximumLength} characters.");
}
