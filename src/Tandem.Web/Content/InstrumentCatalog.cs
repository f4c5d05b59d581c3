using Hl7.Fhir.Model;
using Tandem.Domain.Measurement;

namespace Tandem.Web.Content;

/// <summary>
/// The validated instruments and their shipped wordings, loaded once at start-up. The Questionnaires are shared:
/// read them, never change them.
/// </summary>
public sealed class InstrumentCatalog(IReadOnlyList<Instrument> instruments, IReadOnlyDictionary<(string Instrument, string Language), Questionnaire> wordings)
{
    private readonly Dictionary<string, Instrument> _byId = instruments.ToDictionary(i => i.Id);

    public IReadOnlyList<Instrument> All { get; } = instruments;

    public Instrument? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The shipped wording in a language, if there is one (free instruments only).</summary>
    public Questionnaire? Wording(string instrumentId, string language) => wordings.GetValueOrDefault((instrumentId, language));

    public IReadOnlyList<string> LanguagesOf(string instrumentId) =>
        [.. Domain.Accounts.Language.All.Where(language => wordings.ContainsKey((instrumentId, language)))];
}
