using Tandem.Domain.Measurement;

namespace Tandem.Web.Measurement;

/// <summary>One scale's scores over time, corrections applied, oldest first: what a chart and its table show.</summary>
public sealed record ScaleSeries(Instrument Instrument, Scale Scale, IReadOnlyList<(DateTimeOffset At, double Value)> Points)
{
    public string Id => $"{Instrument.Id}-{Scale.Id}";

    /// <summary>The change from the first to the latest score, when there are two and the scale has norm data.</summary>
    public Change? FirstToLatest => Points.Count >= 2 ? Scale.ChangeBetween(Points[0].Value, Points[^1].Value) : null;

    /// <summary>Every scale with one or more scores, per instrument in catalogue order.</summary>
    public static IReadOnlyList<ScaleSeries> Of(IEnumerable<Instrument> instruments, IReadOnlyList<MeasuredResponse> history) =>
        [.. instruments.SelectMany(instrument => instrument.Scales.Select(scale => new ScaleSeries(instrument, scale,
            [.. history.Where(m => m.Response.InstrumentId == instrument.Id)
                .Select(m => (m.TakenAt, Value: m.ScoreOf(scale.Id)))
                .Where(p => p.Value is not null)
                .Select(p => (p.TakenAt, p.Value!.Value))])))
            .Where(s => s.Points.Count > 0)];
}
