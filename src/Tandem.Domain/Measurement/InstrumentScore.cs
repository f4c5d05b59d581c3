namespace Tandem.Domain.Measurement;

/// <summary>
/// One scale's score of a submitted response (a FHIR Observation). Stored, not recomputed, so charts, change and
/// the FHIR API read it directly; it keeps the band and clinical range it had under the definition that scored it.
/// </summary>
public sealed class InstrumentScore
{
    private InstrumentScore() { } // EF Core

    internal InstrumentScore(InstrumentResponse response, Scale scale, double value)
    {
        ResponseId = response.Id;
        PatientId = response.PatientId;
        InstrumentId = response.InstrumentId;
        ScaleId = scale.Id;
        Value = value;
        Severity = scale.BandOf(value)?.Severity;
        InClinicalRange = scale.InClinicalRange(value);
        EffectiveAt = response.SubmittedAt ?? throw new InvalidOperationException("Only a submitted response is scored.");
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid ResponseId { get; private init; }
    public Guid PatientId { get; private init; }
    public string InstrumentId { get; private init; } = "";
    public string ScaleId { get; private init; } = "";
    public double Value { get; private init; }
    public Severity? Severity { get; private init; }
    public bool InClinicalRange { get; private init; }
    public DateTimeOffset EffectiveAt { get; private init; }
}
