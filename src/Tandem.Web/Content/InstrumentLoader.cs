using Hl7.Fhir.Model;
using Tandem.Domain.Accounts;
using Tandem.Domain.Measurement;
using Tandem.Web.Fhir;

namespace Tandem.Web.Content;

/// <summary>
/// Reads and validates <c>&lt;root&gt;/instruments/*/instrument.yaml</c> and its <c>questionnaire.&lt;lang&gt;.json</c> wordings
/// (format: content/INSTRUMENTS.md). An instrument with any error is left out.
/// </summary>
public static class InstrumentLoader
{
    public static InstrumentLoadResult Load(string contentRoot)
    {
        var errors = new List<ContentError>();
        var instruments = new List<Instrument>();
        var wordings = new Dictionary<(string, string), Questionnaire>();
        var folder = Path.Combine(contentRoot, "instruments");
        string[] folders = Directory.Exists(folder) ? [.. Directory.GetDirectories(folder).Order(StringComparer.Ordinal)] : [];
        foreach (var instrumentFolder in folders)
        {
            var before = errors.Count;
            var path = Path.Combine(instrumentFolder, "instrument.yaml");
            var name = ProgrammeLoader.Relative(contentRoot, path);
            if (!File.Exists(path))
            {
                errors.Add(new ContentError(ProgrammeLoader.Relative(contentRoot, instrumentFolder), 0, "instrument folder without an instrument.yaml"));
                continue;
            }

            var instrument = InstrumentReader.Read(new YamlFile(name, errors), path);
            var found = Wordings(contentRoot, instrumentFolder, instrument, errors);
            if (instrument is not null && errors.Count == before)
            {
                instruments.Add(instrument);
                foreach (var (language, questionnaire) in found)
                {
                    wordings[(instrument.Id, language)] = questionnaire;
                }
            }
        }

        return new InstrumentLoadResult(instruments, wordings, errors);
    }

    private static List<(string Language, Questionnaire Questionnaire)> Wordings(string root, string folder, Instrument? instrument, List<ContentError> errors)
    {
        var found = new List<(string, Questionnaire)>();
        foreach (var path in Directory.GetFiles(folder).Order(StringComparer.Ordinal).Where(p => Path.GetFileName(p) != "instrument.yaml"))
        {
            var name = ProgrammeLoader.Relative(root, path);
            var parts = Path.GetFileName(path).Split('.');
            if (parts is not ["questionnaire", var language, "json"] || !Language.IsSupported(language))
            {
                errors.Add(new ContentError(name, 0, "an instrument folder holds instrument.yaml and questionnaire.nl.json / questionnaire.en.json only"));
                continue;
            }

            if (instrument?.Licence.Status == LicenceStatus.Licensed)
            {
                errors.Add(new ContentError(name, 0, "a licensed instrument ships no wording; an organisation imports it"));
                continue;
            }

            var (questionnaire, parseErrors) = FhirJson.Parse<Questionnaire>(File.ReadAllText(path));
            var problems = questionnaire is null || instrument is null ? parseErrors : [.. Identity(questionnaire, instrument), .. QuestionnaireCheck.Errors(questionnaire, instrument, language)];
            errors.AddRange(problems.Select(p => new ContentError(name, 0, p)));
            if (questionnaire is not null && problems.Count == 0)
            {
                found.Add((language, questionnaire));
            }
        }

        if (instrument?.Licence.Status == LicenceStatus.Free && found.Count == 0 && errors.Count == 0)
        {
            errors.Add(new ContentError(ProgrammeLoader.Relative(root, folder), 0, "a free instrument needs at least one wording (questionnaire.<lang>.json)"));
        }

        return found;
    }

    private static List<string> Identity(Questionnaire questionnaire, Instrument instrument)
    {
        var errors = new List<string>();
        if (questionnaire.Id != instrument.Id || questionnaire.Url != FhirUrls.Questionnaire(instrument.Id))
        {
            errors.Add($"the Questionnaire's id must be '{instrument.Id}' and its url '{FhirUrls.Questionnaire(instrument.Id)}'");
        }

        if (questionnaire.Version != instrument.Version.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            errors.Add($"the Questionnaire's version must be the instrument's version, {instrument.Version}");
        }

        return errors;
    }
}

/// <summary>The instruments without any error, their wordings by (instrument, language), and every error found.</summary>
public sealed record InstrumentLoadResult(
    IReadOnlyList<Instrument> Instruments,
    IReadOnlyDictionary<(string Instrument, string Language), Questionnaire> Wordings,
    IReadOnlyList<ContentError> Errors);
