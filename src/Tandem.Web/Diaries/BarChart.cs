using System.Globalization;

namespace Tandem.Web.Diaries;

/// <summary>
/// A server-rendered bar chart of one value per day, with an optional target line. Geometry only: the view
/// draws it as SVG (presentation attributes, no inline styles) and the table behind it carries the numbers.
/// </summary>
public sealed record BarChart(string Id, string Title, string Description, IReadOnlyList<(DateOnly Day, decimal? Value)> Points, decimal Max, decimal? Target)
{
    public const int Width = 340, Height = 180, Left = 34, Right = 8, Top = 10, Bottom = 26;

    private static decimal PlotWidth => Width - Left - Right;

    private static decimal PlotHeight => Height - Top - Bottom;

    public decimal Slot => PlotWidth / Math.Max(1, Points.Count);

    public decimal BarWidth => Math.Max(2, Slot * 0.7m);

    public decimal BaseY => Height - Bottom;

    public decimal X(int index) => Left + (index * Slot) + ((Slot - BarWidth) / 2);

    public decimal Y(decimal value) => BaseY - (PlotHeight * Math.Clamp(value, 0, Max) / Max);

    /// <summary>Which x-axis labels to draw: first, middle and last day.</summary>
    public bool Labelled(int index) => index == 0 || index == Points.Count - 1 || index == Points.Count / 2;

    public decimal LabelX(int index) => Left + (index * Slot) + (Slot / 2);

    public static string N(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
