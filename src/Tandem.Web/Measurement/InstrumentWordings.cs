using System.Collections.Concurrent;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain;
using Tandem.Domain.Accounts;
using Tandem.Domain.Measurement;
using Tandem.Web.Content;
using Tandem.Web.Data;
using Tandem.Web.Fhir;

namespace Tandem.Web.Measurement;

/// <summary>
/// The wording a patient answers an instrument in: the shipped Questionnaire (free instruments) or the organisation's
/// imported one (licensed instruments, and free ones' official translations in a language Tandem does not ship; while
/// the recorded licence is valid and the import matches the current scoring definition), in the patient's language,
/// else in the other language (the page says so).
/// </summary>
public sealed class InstrumentWordings(InstrumentCatalog catalog, AppDbContext db, ImportedWordingCache cache, TimeProvider clock)
{
    /// <summary>The Questionnaire and its language, or null when the organisation cannot use the instrument.</summary>
    public async Task<(Questionnaire Questionnaire, string Language)?> FindAsync(
        Instrument instrument, Guid organisationId, string language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        if (catalog.Wording(instrument.Id, language) is { } preferred)
        {
            return (preferred, language);
        }

        var today = ClinicCalendar.DateOf(clock.GetUtcNow());
        var imports = await db.ImportedQuestionnaires
            .Where(q => q.OrganisationId == organisationId && q.InstrumentId == instrument.Id && q.InstrumentVersion == instrument.Version)
            .Where(q => q.LicenceValidUntil == null || q.LicenceValidUntil >= today)
            .OrderByDescending(q => q.ImportedAt)
            .Select(q => new { q.Id, q.Language })
            .ToListAsync(cancellationToken);
        if (imports.FirstOrDefault(q => q.Language == language) is { } imported)
        {
            return (await cache.GetAsync(imported.Id, db, cancellationToken), language);
        }

        if (catalog.LanguagesOf(instrument.Id) is [var other, ..])
        {
            return (catalog.Wording(instrument.Id, other)!, other);
        }

        return imports.FirstOrDefault() is { } any ? (await cache.GetAsync(any.Id, db, cancellationToken), any.Language) : null;
    }

    /// <summary>Whether the organisation can ask the instrument at all (in some language); no query for shipped ones.</summary>
    public async Task<bool> UsableAsync(Instrument instrument, Guid organisationId, CancellationToken cancellationToken = default) =>
        catalog.LanguagesOf(instrument.Id).Count > 0 || await FindAsync(instrument, organisationId, Language.Default, cancellationToken) is not null;
}

/// <summary>Imported Questionnaires parsed once per import (an import never changes); shared, so read them, never change them.</summary>
public sealed class ImportedWordingCache
{
    private readonly ConcurrentDictionary<Guid, Questionnaire> _parsed = new();

    public async Task<Questionnaire> GetAsync(Guid importId, AppDbContext db, CancellationToken cancellationToken)
    {
        if (_parsed.TryGetValue(importId, out var cached))
        {
            return cached;
        }

        var json = await db.ImportedQuestionnaires.Where(q => q.Id == importId).Select(q => q.QuestionnaireJson).SingleAsync(cancellationToken);
        var questionnaire = FhirJson.Parse<Questionnaire>(json).Resource
            ?? throw new InvalidOperationException($"Imported Questionnaire {importId} no longer parses.");
        questionnaire.Id = importId.ToString();
        return _parsed.GetOrAdd(importId, questionnaire);
    }
}
