namespace Tandem.Domain.Measurement;

/// <summary>The rules of answering questionnaires; each code is also the key of its localised message.</summary>
public static class MeasurementRules
{
    public static readonly Rule Required = new("measurement.required", "Please answer this question.");
    public static readonly Rule NotAnOption = new("measurement.not-an-option", "Choose one of the answers.");
    public static readonly Rule UnknownItem = new("measurement.unknown-item", "This question is not part of the questionnaire.");
    public static readonly Rule Submitted = new("measurement.submitted", "This questionnaire has been sent and can no longer be changed.");
    public static readonly Rule OtherVersion = new("measurement.other-version", "This questionnaire has changed since you started it.");
}
