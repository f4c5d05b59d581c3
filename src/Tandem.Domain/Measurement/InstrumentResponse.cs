using System.Text.Json;
using Tandem.Domain.Work;

namespace Tandem.Domain.Measurement;

/// <summary>
/// A patient's answers to one instrument (a FHIR QuestionnaireResponse). Saved screen by screen while in progress,
/// so it resumes where the patient left off; once submitted it is immutable and scored. A correction is a new
/// response that names the one it corrects.
/// </summary>
public sealed class InstrumentResponse
{
    private InstrumentResponse() { } // EF Core

    public InstrumentResponse(Guid patientId, Instrument instrument, string language, DateTimeOffset now, Guid? requestId = null, Guid? correctsId = null)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        PatientId = patientId;
        InstrumentId = instrument.Id;
        InstrumentVersion = instrument.Version;
        Language = language;
        RequestId = requestId;
        CorrectsId = correctsId;
        StartedAt = now;
        SavedAt = now;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid PatientId { get; private init; }
    public string InstrumentId { get; private init; } = "";
    public int InstrumentVersion { get; private init; }

    /// <summary>The language of the wording the patient answered.</summary>
    public string Language { get; private init; } = "";

    /// <summary>The scheduled or requested measurement this answers, if any.</summary>
    public Guid? RequestId { get; private init; }

    /// <summary>The submitted response this one corrects, if any.</summary>
    public Guid? CorrectsId { get; private init; }

    /// <summary>The answers as JSON: item id → answer value.</summary>
    public string AnswersJson { get; private set; } = "{}";

    /// <summary>The screen to resume at.</summary>
    public int Screen { get; private set; }

    public DateTimeOffset StartedAt { get; private init; }
    public DateTimeOffset SavedAt { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }

    public bool IsSubmitted => SubmittedAt is not null;

    public IReadOnlyDictionary<string, int> Answers => JsonSerializer.Deserialize<Dictionary<string, int>>(AnswersJson)!;

    /// <summary>
    /// Saves the answers of one screen (merged with earlier screens) and where to resume. Values that are not
    /// answers of the item are refused and nothing is saved.
    /// </summary>
    public IReadOnlyList<FieldError> Save(Instrument instrument, IReadOnlyDictionary<string, int> answers, int screen, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(answers);
        CheckOpen(instrument);
        ArgumentOutOfRangeException.ThrowIfNegative(screen);
        var errors = answers
            .Select(a => instrument.FindItem(a.Key) is not { } item ? new FieldError(a.Key, MeasurementRules.UnknownItem)
                : item.Allows(a.Value) ? null
                : new FieldError(a.Key, MeasurementRules.NotAnOption))
            .OfType<FieldError>()
            .ToList();
        if (errors.Count > 0)
        {
            return errors;
        }

        var merged = new Dictionary<string, int>(Answers);
        foreach (var (itemId, value) in answers)
        {
            merged[itemId] = value;
        }

        AnswersJson = JsonSerializer.Serialize(merged);
        Screen = screen;
        SavedAt = now;
        return [];
    }

    /// <summary>The scored items still unanswered, in instrument order.</summary>
    public IReadOnlyList<FieldError> Unanswered(Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        var answers = Answers;
        return [.. instrument.Items.Where(i => i.Scored && !answers.ContainsKey(i.Id)).Select(i => new FieldError(i.Id, MeasurementRules.Required))];
    }

    /// <summary>Submits the response once every scored item is answered and returns its scores, one per scale.</summary>
    public IReadOnlyList<InstrumentScore> Submit(Instrument instrument, DateTimeOffset now)
    {
        CheckOpen(instrument);
        if (Unanswered(instrument) is [var first, ..])
        {
            throw new DomainRuleException(first.Rule);
        }

        SubmittedAt = now;
        SavedAt = now;
        return [.. instrument.Score(Answers).Select(s => new InstrumentScore(this, s.Scale, s.Value))];
    }

    private void CheckOpen(Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        if (instrument.Id != InstrumentId)
        {
            throw new ArgumentException("Answers for another instrument.", nameof(instrument));
        }

        if (IsSubmitted)
        {
            throw new DomainRuleException(MeasurementRules.Submitted);
        }

        if (instrument.Version != InstrumentVersion)
        {
            throw new DomainRuleException(MeasurementRules.OtherVersion);
        }
    }
}
