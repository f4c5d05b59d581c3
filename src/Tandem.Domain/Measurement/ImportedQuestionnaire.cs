namespace Tandem.Domain.Measurement;

public static class ImportRules
{
    public static readonly Rule WordingShipped = new("import.wording-shipped", "Tandem ships this instrument's official wording in this language; it is not imported.");
    public static readonly Rule LicenceReferenceRequired = new("import.licence-reference-required", "Give the reference of your organisation's licence.");
}

/// <summary>
/// An instrument's wording that an organisation imported as a FHIR Questionnaire, with the licence (or, for a free
/// instrument, the source of the official translation) it recorded for it: a licensed instrument's wording, or a free
/// instrument's official wording in a language Tandem does not ship. It enables the instrument for that organisation
/// in that language while the licence is valid. The JSON was checked against the scoring definition of
/// <see cref="InstrumentVersion"/> when imported.
/// </summary>
public sealed class ImportedQuestionnaire
{
    private ImportedQuestionnaire() { } // EF Core

    /// <summary>Records an import; <paramref name="shippedLanguages"/> are the languages Tandem ships the wording in.</summary>
    public ImportedQuestionnaire(
        Guid organisationId, Instrument instrument, string language, IReadOnlyCollection<string> shippedLanguages, string questionnaireJson,
        Licence licence, Guid importedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(licence);
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        ArgumentNullException.ThrowIfNull(shippedLanguages);
        ArgumentException.ThrowIfNullOrWhiteSpace(questionnaireJson);
        if (!MayImport(instrument, language, shippedLanguages))
        {
            throw new DomainRuleException(ImportRules.WordingShipped);
        }

        if (string.IsNullOrWhiteSpace(licence.Reference))
        {
            throw new DomainRuleException(ImportRules.LicenceReferenceRequired);
        }

        OrganisationId = organisationId;
        InstrumentId = instrument.Id;
        InstrumentVersion = instrument.Version;
        Language = language;
        QuestionnaireJson = questionnaireJson;
        LicenceHolder = string.IsNullOrWhiteSpace(licence.Holder) ? instrument.Licence.Holder : licence.Holder.Trim();
        LicenceReference = licence.Reference.Trim();
        LicenceValidUntil = licence.ValidUntil;
        ImportedBy = importedBy;
        ImportedAt = now;
    }

    /// <summary>
    /// Whether an organisation may import a wording of the instrument in this language: always for a licensed
    /// instrument; for a free one only in a language Tandem does not ship (the shipped wording is the official one).
    /// </summary>
    public static bool MayImport(Instrument instrument, string language, IReadOnlyCollection<string> shippedLanguages)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(shippedLanguages);
        return instrument.Licence.Status == LicenceStatus.Licensed || !shippedLanguages.Contains(language);
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; private init; }
    public string InstrumentId { get; private init; } = "";
    public int InstrumentVersion { get; private init; }
    public string Language { get; private init; } = "";
    public string QuestionnaireJson { get; private init; } = "";
    public string LicenceHolder { get; private init; } = "";
    public string LicenceReference { get; private init; } = "";
    public DateOnly? LicenceValidUntil { get; private init; }

    /// <summary>The administrator who imported it, or the API client that posted it.</summary>
    public Guid ImportedBy { get; private init; }

    public DateTimeOffset ImportedAt { get; private init; }

    /// <summary>Usable on <paramref name="today"/> (the clinic's day): the licence has not run out.</summary>
    public bool ValidOn(DateOnly today) => LicenceValidUntil is not { } until || today <= until;

    /// <summary>The licence as the organisation records it.</summary>
    public sealed record Licence(string? Holder, string Reference, DateOnly? ValidUntil);
}
