using Hl7.Fhir.Model;
using Tandem.Domain.Measurement;
using Tandem.Web.Content;
using FhirPatient = Hl7.Fhir.Model.Patient;

namespace Tandem.Web.Fhir;

/// <summary>Tandem's records as FHIR R4 resources, with no more personal data than the resource needs.</summary>
public static class FhirMapping
{
    public const string Loinc = "http://loinc.org";
    private const string ScoreUnit = "{score}";

    public static FhirPatient Patient(Domain.Patients.Patient patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var resource = new FhirPatient { Id = patient.Id.ToString() };
        resource.Identifier.Add(new Identifier(FhirUrls.PatientId, patient.Id.ToString()));
        if (patient.RecordNumber is { } number)
        {
            resource.Identifier.Add(new Identifier(FhirUrls.RecordNumber, number) { Use = Identifier.IdentifierUse.Usual });
        }

        resource.Name.Add(new HumanName { Family = patient.FamilyName, Given = [patient.GivenName] });
        return resource;
    }

    public static QuestionnaireResponse Response(InstrumentResponse response, Questionnaire? wording)
    {
        ArgumentNullException.ThrowIfNull(response);
        var resource = new QuestionnaireResponse
        {
            Id = response.Id.ToString(),
            Questionnaire = $"{FhirUrls.Questionnaire(response.InstrumentId)}|{response.InstrumentVersion}",
            Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
            Subject = new ResourceReference($"Patient/{response.PatientId}"),
            Authored = response.SubmittedAt?.ToString("yyyy-MM-ddTHH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture),
            Language = response.Language,
        };
        var options = wording is null ? [] : QuestionnaireCheck.Flatten(wording.Item).Where(i => i.LinkId is not null).GroupBy(i => i.LinkId!).ToDictionary(g => g.Key, g => g.First().AnswerOption);
        foreach (var (itemId, value) in response.Answers.OrderBy(a => int.TryParse(a.Key, out var n) ? n : int.MaxValue).ThenBy(a => a.Key, StringComparer.Ordinal))
        {
            var coding = options.GetValueOrDefault(itemId)?.FirstOrDefault(o => QuestionnaireCheck.ValueOf(o) == value)?.Value as Coding;
            var answer = new QuestionnaireResponse.AnswerComponent { Value = coding is null ? new Integer(value) : (Coding)coding.DeepCopy() };
            if (coding is not null)
            {
                answer.Value.SetExtension(QuestionnaireCheck.OrdinalValue, new FhirDecimal(value));
            }

            resource.Item.Add(new QuestionnaireResponse.ItemComponent { LinkId = itemId, Answer = [answer] });
        }

        return resource;
    }

    /// <summary>The code of a scale's score: its LOINC code when it has one, else Tandem's scale code system.</summary>
    public static Coding CodeOf(Instrument instrument, Scale scale)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(scale);
        var display = $"{instrument.Name.For("en")} {scale.Name.For("en")}";
        return scale.Loinc is { } loinc ? new Coding(Loinc, loinc, display) : new Coding(FhirUrls.Scales(instrument.Id), scale.Id, display);
    }

    public static Observation Observation(InstrumentScore score, InstrumentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(catalog);
        var instrument = catalog.Find(score.InstrumentId);
        var scale = instrument?.FindScale(score.ScaleId);
        var resource = new Observation
        {
            Id = score.Id.ToString(),
            Status = ObservationStatus.Final,
            Category = [new CodeableConcept("http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey")],
            Code = new CodeableConcept
            {
                Coding = [instrument is not null && scale is not null ? CodeOf(instrument, scale) : new Coding(FhirUrls.Scales(score.InstrumentId), score.ScaleId)],
            },
            Subject = new ResourceReference($"Patient/{score.PatientId}"),
            Effective = new FhirDateTime(score.EffectiveAt.ToUniversalTime()),
            DerivedFrom = [new ResourceReference($"QuestionnaireResponse/{score.ResponseId}")],
            Value = score.Value == Math.Round(score.Value) && Math.Abs(score.Value) < int.MaxValue
                ? new Integer((int)score.Value)
                : new Quantity((decimal)Math.Round(score.Value, 2), ScoreUnit) { System = "http://unitsofmeasure.org", Code = ScoreUnit },
        };
        if (scale?.BandOf(score.Value) is { } band)
        {
            resource.Interpretation.Add(new CodeableConcept { Text = band.Label.For("en") });
        }

        return resource;
    }
}
