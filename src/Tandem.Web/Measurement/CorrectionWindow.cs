namespace Tandem.Web.Measurement;

/// <summary>
/// How long after sending a questionnaire the patient may correct it ("I made a mistake"). Setting
/// <c>Measurement:CorrectionDays</c>; 7 days is a product choice, not a clinical source: long enough to notice a
/// slip, short enough that the correction still describes the same period.
/// </summary>
public sealed record CorrectionWindow(int Days)
{
    public const int DefaultDays = 7;

    public bool Allows(DateTimeOffset submittedAt, DateTimeOffset now) => now - submittedAt <= TimeSpan.FromDays(Days);
}
