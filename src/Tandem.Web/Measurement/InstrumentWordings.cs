using Hl7.Fhir.Model;
using Tandem.Domain.Measurement;
using Tandem.Web.Content;

namespace Tandem.Web.Measurement;

/// <summary>
/// The wording a patient answers an instrument in: the shipped Questionnaire in the patient's language, else in the
/// other language (the page says so). Licensed instruments have no shipped wording; see the licensed import.
/// </summary>
public sealed class InstrumentWordings(InstrumentCatalog catalog)
{
    /// <summary>The Questionnaire and its language, or null when the organisation cannot use the instrument.</summary>
    public Task<(Questionnaire Questionnaire, string Language)?> FindAsync(Instrument instrument, Guid organisationId, string language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        _ = (organisationId, cancellationToken);
        var found = catalog.Wording(instrument.Id, language) is { } preferred ? (preferred, language)
            : catalog.LanguagesOf(instrument.Id) is [var other, ..] ? (catalog.Wording(instrument.Id, other)!, other)
            : ((Questionnaire, string)?)null;
        return System.Threading.Tasks.Task.FromResult(found);
    }
}
