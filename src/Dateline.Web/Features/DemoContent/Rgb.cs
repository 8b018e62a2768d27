using System.Globalization;

namespace Dateline.Web.Features.DemoContent;

/// <summary>A colour of the demo illustrations, in sRGB 0–255.</summary>
internal readonly record struct Rgb(float R, float G, float B)
{
    /// <summary>Reads "#rrggbb".</summary>
    public static Rgb Parse(string hex) => new(
        int.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        int.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        int.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));

    /// <summary>Mixes towards another colour; 0 keeps this one, 1 gives the other.</summary>
    public Rgb Mix(Rgb other, double amount) => new(
        R + ((other.R - R) * (float)amount),
        G + ((other.G - G) * (float)amount),
        B + ((other.B - B) * (float)amount));
}
