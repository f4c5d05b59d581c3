using Tandem.Web.Content;

namespace Tandem.IntegrationTests.Content;

public sealed class InstrumentValidationTests : IDisposable
{
    private const string DefinitionFile = "instruments/demo-scale/instrument.yaml";
    private const string WordingFile = "instruments/demo-scale/questionnaire.en.json";

    private const string Definition = """
        id: demo-scale
        version: 1
        name: { nl: "Demo", en: "Demo" }
        title: { nl: "Demoschaal", en: "Demo scale" }
        measures: { nl: "Iets", en: "Something" }
        minutes: 1
        licence: { status: free, holder: "nobody", terms: "test only" }
        source: "a test"
        text-source: { en: "this test" }
        values: [0, 1, 2]
        items:
          - { id: "1" }
          - { id: "2", reverse: true }
        scales:
          - id: total
            name: { nl: "Totaal", en: "Total" }
            items: ["1", "2"]
            method: sum
            range: [0, 4]
            higher-is: worse
            cut-off: 3
        """;

    private readonly ContentFolder _content = new();

    public InstrumentValidationTests()
    {
        _content.Write(DefinitionFile, Definition);
        _content.Write(WordingFile, Wording());
    }

    public void Dispose() => _content.Dispose();

    [Fact]
    public void A_valid_instrument_loads_with_its_wording()
    {
        var result = InstrumentLoader.Load(_content.Root);

        Assert.Empty(result.Errors);
        var instrument = Assert.Single(result.Instruments);
        Assert.Equal(3, instrument.Score(new Dictionary<string, int> { ["1"] = 1, ["2"] = 0 })[0].Value);
        Assert.Equal("Question two", result.Wordings[("demo-scale", "en")].Item[1].Text);
    }

    [Fact]
    public void A_range_that_does_not_follow_from_the_items_is_an_error_on_its_line()
    {
        _content.Write(DefinitionFile, Definition.Replace("range: [0, 4]", "range: [0, 5]", StringComparison.Ordinal));

        var error = SingleError();

        Assert.Equal((DefinitionFile, 19), (error.File, error.Line));
        Assert.Contains("says [0, 5], but its items give [0, 4]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scale_naming_an_unknown_item_is_an_error()
    {
        _content.Write(DefinitionFile, Definition.Replace("""items: ["1", "2"]""", """items: ["1", "3"]""", StringComparison.Ordinal));

        Assert.Contains("names item '3', which is not in the instrument's items", SingleError().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recode_without_a_score_for_every_answer_is_an_error()
    {
        _content.Write(DefinitionFile, Definition.Replace("""- { id: "1" }""", """- { id: "1", recode: { 0: 0, 1: 50 } }""", StringComparison.Ordinal));

        Assert.Contains("has no score for the answer value 2", SingleError().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wording_whose_answer_values_differ_from_the_definition_is_refused()
    {
        _content.Write(WordingFile, Wording(lastValue: 3));

        var error = SingleError();

        Assert.Equal(WordingFile, error.File);
        Assert.Contains("answer options of question '2'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wording_that_is_not_a_valid_Questionnaire_is_refused()
    {
        _content.Write(WordingFile, Wording().Replace("\"status\": \"active\"", "\"status\": \"finished\"", StringComparison.Ordinal));

        var result = InstrumentLoader.Load(_content.Root);

        Assert.Empty(result.Instruments);
        Assert.All(result.Errors, e => Assert.Equal(WordingFile, e.File));
        Assert.NotEmpty(result.Errors);
    }

    [Fact]
    public void A_licensed_instrument_may_not_ship_wording()
    {
        _content.Write(DefinitionFile, Definition
            .Replace("status: free", "status: licensed", StringComparison.Ordinal)
            .Replace("text-source: { en: \"this test\" }\n", "", StringComparison.Ordinal));

        var error = SingleError();

        Assert.Equal(WordingFile, error.File);
        Assert.Contains("a licensed instrument ships no wording", error.Message, StringComparison.Ordinal);
    }

    private Web.Content.ContentError SingleError()
    {
        var result = InstrumentLoader.Load(_content.Root);
        Assert.Empty(result.Instruments);
        return Assert.Single(result.Errors);
    }

    private static string Wording(int lastValue = 2) => $$"""
        {
          "resourceType": "Questionnaire",
          "id": "demo-scale",
          "url": "https://fhir.tandem.invalid/Questionnaire/demo-scale",
          "version": "1",
          "language": "en",
          "status": "active",
          "item": [
            { "linkId": "1", "type": "choice", "required": true, "text": "Question one", "answerOption": [{{Options(2)}}] },
            { "linkId": "2", "type": "choice", "required": true, "text": "Question two", "answerOption": [{{Options(lastValue)}}] }
          ]
        }
        """;

    private static string Options(int lastValue) => string.Join(", ", Enumerable.Range(0, lastValue + 1).Select(v =>
        $$"""{ "valueCoding": { "system": "https://fhir.tandem.invalid/CodeSystem/demo-scale", "code": "{{v}}", "display": "Answer {{v}}" }, "extension": [{ "url": "http://hl7.org/fhir/StructureDefinition/ordinalValue", "valueDecimal": {{v}} }] }"""));
}
