using Tandem.Domain;
using Tandem.Domain.Measurement;

namespace Tandem.UnitTests.Measurement;

public sealed class ImportRuleTests
{
    private static readonly ImportedQuestionnaire.Licence Source = new(null, "official translation, publisher's site", null);

    [Fact]
    public void A_free_instruments_wording_is_imported_only_in_a_language_Tandem_does_not_ship()
    {
        var free = Instruments.Depression();

        var refused = Assert.Throws<DomainRuleException>(() => Import(free, "en", shipped: ["en"]));
        var imported = Import(free, "nl", shipped: ["en"]);

        Assert.Equal(ImportRules.WordingShipped, refused.Rule);
        Assert.Equal(("nl", "official translation, publisher's site"), (imported.Language, imported.LicenceReference));
    }

    [Fact]
    public void A_licensed_instruments_wording_is_imported_in_any_language()
    {
        var licensed = Instruments.Build("cis-like", [new InstrumentItem("1", [1, 2, 3])], items => [new Scale("total", new("t", "t"), items, ScaleMethod.Sum)],
            licence: LicenceStatus.Licensed);

        Assert.True(ImportedQuestionnaire.MayImport(licensed, "nl", []));
        Assert.True(ImportedQuestionnaire.MayImport(licensed, "en", ["en"]));
    }

    [Fact]
    public void An_import_without_a_licence_or_source_reference_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() =>
            new ImportedQuestionnaire(Guid.NewGuid(), Instruments.Depression(), "nl", [], "{}", new(null, " ", null), Guid.NewGuid(), DateTimeOffset.UnixEpoch));

        Assert.Equal(ImportRules.LicenceReferenceRequired, error.Rule);
    }

    private static ImportedQuestionnaire Import(Instrument instrument, string language, string[] shipped) =>
        new(Guid.NewGuid(), instrument, language, shipped, "{}", Source, Guid.NewGuid(), DateTimeOffset.UnixEpoch);
}
