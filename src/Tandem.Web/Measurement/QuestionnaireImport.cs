using Hl7.Fhir.Model;
using Tandem.Domain.Accounts;
using Tandem.Domain.Measurement;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Fhir;

namespace Tandem.Web.Measurement;

/// <summary>Why an import was refused: a UI text key for the kind of problem, and the details (from Firely or the check).</summary>
public sealed record ImportProblem(string Key, IReadOnlyList<string> Details);

/// <summary>
/// The one way an instrument's wording enters Tandem, from the admin page or POST /fhir/Questionnaire: a licensed
/// instrument's wording, or a free instrument's official wording in a language Tandem does not ship. The JSON must parse
/// as a FHIR R4 Questionnaire (strictly) and match the instrument's scoring definition; then it is stored (the caller
/// saves) and the instrument is enabled for the organisation in that language.
/// </summary>
public sealed class QuestionnaireImport(InstrumentCatalog catalog, AppDbContext db, TimeProvider clock)
{
    public const int MaximumLength = 200_000;

    /// <summary>Parses the JSON; the problem is a 400 for the API (not a Questionnaire at all).</summary>
    public static (Questionnaire? Questionnaire, ImportProblem? Problem) Parse(string json)
    {
        if (json.Length > MaximumLength)
        {
            return (null, new ImportProblem("import.too-long", []));
        }

        var (questionnaire, errors) = FhirJson.Parse<Questionnaire>(json);
        return questionnaire is null ? (null, new ImportProblem("import.not-fhir", errors)) : (questionnaire, null);
    }

    /// <summary>The instrument a Questionnaire names by its canonical url (Tandem's) or its name (the instrument id).</summary>
    public Instrument? InstrumentNamedBy(Questionnaire questionnaire)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        var prefix = FhirUrls.Questionnaire("");
        var url = questionnaire.Url?.Split('|')[0];
        var id = url is not null && url.StartsWith(prefix, StringComparison.Ordinal) ? url[prefix.Length..] : questionnaire.Name;
        return id is null ? null : catalog.All.FirstOrDefault(i => string.Equals(i.Id, id, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Checks a parsed Questionnaire against the instrument it names; the problem is a 422 for the API.</summary>
    public ImportProblem? Check(Questionnaire questionnaire, Instrument? instrument, string language)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        if (instrument is null)
        {
            return new ImportProblem("import.unknown-instrument", []);
        }

        if (!Language.IsSupported(language))
        {
            return new ImportProblem("import.language", []);
        }

        if (!ImportedQuestionnaire.MayImport(instrument, language, catalog.LanguagesOf(instrument.Id)))
        {
            return new ImportProblem(ImportRules.WordingShipped.Code, []);
        }

        var errors = QuestionnaireCheck.Errors(questionnaire, instrument, language);
        return errors.Count > 0 ? new ImportProblem("import.mismatch", errors) : null;
    }

    /// <summary>Adds the checked Questionnaire as the organisation's wording; the caller saves.</summary>
    public ImportedQuestionnaire Add(
        Guid organisationId, Instrument instrument, Questionnaire questionnaire, ImportedQuestionnaire.Licence licence, Guid importedBy)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        var import = new ImportedQuestionnaire(
            organisationId, instrument, questionnaire.Language ?? "", catalog.LanguagesOf(instrument.Id), FhirJson.Serialize(questionnaire), licence,
            importedBy, clock.GetUtcNow());
        db.ImportedQuestionnaires.Add(import);
        return import;
    }
}
