namespace Tandem.Domain.Measurement;

public static class ImportRules
{
    public static readonly Rule NotLicensed = new("import.not-licensed", "This instrument's wording ships with Tandem; only licensed instruments are imported.");
    public static readonly Rule LicenceReferenceRequired = new("import.licence-reference-required", "Give the reference of your organisation's licence.");
}

/// <summary>
/// The wording of a licensed instrument that an organisation imported as a FHIR Questionnaire, with the licence it
/// recorded for it. It enables the instrument for that organisation (in that language) while the licence is valid.
/// The JSON was checked against the scoring definition of <see cref="InstrumentVersion"/> when imported.
/// </summary>
public sealed class ImportedQuestionnaire
{
    private ImportedQuestionnaire() { } // EF Core

    public ImportedQuestionnaire(
        Guid organisationId, Instrument instrument, string language, string questionnaireJson, Licence licence, Guid importedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(licence);
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        ArgumentException.ThrowIfNullOrWhiteSpace(questionnaireJson);
        if (instrument.Licence.Status != LicenceStatus.Licensed)
        {
            throw new DomainRuleException(ImportRules.NotLicensed);
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
