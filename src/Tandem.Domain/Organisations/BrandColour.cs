using System.Globalization;

namespace Tandem.Domain.Organisations;

/// <summary>
/// A site's brand colour as #RRGGBB. It is used behind white text and as text on white, so it must reach the WCAG AA
/// contrast of 4.5:1 against white (WCAG 2.2, 1.4.3; relative luminance as defined there).
/// </summary>
public static class BrandColour
{
    public const double MinimumContrast = 4.5;

    public static bool TryParse(string? text, out (byte R, byte G, byte B) colour)
    {
        colour = default;
        if (text is not { Length: 7 } || text[0] != '#'
            || !int.TryParse(text.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        colour = ((byte)(value >> 16), (byte)(value >> 8), (byte)value);
        return true;
    }

    /// <summary>The contrast ratio of the colour against white, from 1 (white) to 21 (black).</summary>
    public static double ContrastWithWhite((byte R, byte G, byte B) colour) =>
        1.05 / (Luminance(colour) + 0.05);

    private static double Luminance((byte R, byte G, byte B) colour) =>
        (0.2126 * Linear(colour.R)) + (0.7152 * Linear(colour.G)) + (0.0722 * Linear(colour.B));

    private static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
