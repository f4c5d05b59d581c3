using System.Globalization;
using Tandem.Domain.Measurement;

namespace Tandem.Web.Measurement;

/// <summary>
/// A server-rendered line chart of one scale's scores over time, with the severity bands as shaded horizontal
/// bands, the clinical cut-off as a dashed line and the trial benchmark (first score plus the trial's change) when
/// the scale has one. Geometry only: the view draws it as SVG and the table behind it carries the numbers.
/// </summary>
public sealed record ScoreChart(string Id, string Title, string Description, Scale Scale, IReadOnlyList<(DateOnly Day, double Value)> Points)
{
    public const int Width = 340, Height = 200, Left = 30, Right = 10, Top = 10, Bottom = 26, Pad = 14;

    private static double PlotWidth => Width - Left - Right;

    private static double PlotHeight => Height - Top - Bottom;

    public static double BaseY => Height - Bottom;

    public double Y(double value) => Top + (PlotHeight * (Scale.Highest - Math.Clamp(value, Scale.Lowest, Scale.Highest)) / Math.Max(1e-9, Scale.Highest - Scale.Lowest));

    public double X(int index)
    {
        if (Points.Count < 2)
        {
            return Left + (PlotWidth / 2);
        }

        var span = Points[^1].Day.DayNumber - Points[0].Day.DayNumber;
        var fraction = span == 0 ? (double)index / (Points.Count - 1) : (double)(Points[index].Day.DayNumber - Points[0].Day.DayNumber) / span;
        return Left + Pad + (fraction * (PlotWidth - (2 * Pad)));
    }

    /// <summary>Each band with the score range it covers, from the lowest band up.</summary>
    public IEnumerable<(Band Band, double From, double To)> BandRanges =>
        Scale.Bands.Select((band, i) => (band, Math.Max(band.AtLeast, Scale.Lowest), i + 1 < Scale.Bands.Count ? Scale.Bands[i + 1].AtLeast : Scale.Highest));

    /// <summary>Where the benchmark line lies: the first score plus the change reached in the trial.</summary>
    public double? BenchmarkValue => Scale.Benchmark is { } benchmark && Points.Count > 0
        ? Math.Clamp(Points[0].Value + benchmark.Change, Scale.Lowest, Scale.Highest)
        : null;

    public string Polyline => string.Join(' ', Points.Select((p, i) => $"{N(X(i))},{N(Y(p.Value))}"));

    /// <summary>A shade per severity, lighter for milder: the bands also carry text labels, so colour is never the only cue.</summary>
    public static string Shade(Severity severity) => severity switch
    {
        Severity.None => "#f3f6f8",
        Severity.Mild => "#e7eef3",
        Severity.Moderate => "#dae5ed",
        Severity.ModeratelySevere => "#cddce7",
        _ => "#c0d3e1",
    };

    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
