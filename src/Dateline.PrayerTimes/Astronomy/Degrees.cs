namespace Dateline.PrayerTimes.Astronomy;

/// Meeus states every formula in degrees; keeping the conversions in one place keeps the formulas readable.
internal static class Degrees
{
    private const double PerRadian = 180.0 / Math.PI;

    public static double Sin(double degrees) => Math.Sin(degrees / PerRadian);

    public static double Cos(double degrees) => Math.Cos(degrees / PerRadian);

    public static double Tan(double degrees) => Math.Tan(degrees / PerRadian);

    public static double Asin(double value) => Math.Asin(value) * PerRadian;

    public static double Acos(double value) => Math.Acos(value) * PerRadian;

    public static double Atan(double value) => Math.Atan(value) * PerRadian;

    public static double Atan2(double y, double x) => Math.Atan2(y, x) * PerRadian;

    /// <summary>Wraps an angle into [0, 360).</summary>
    public static double Normalize(double degrees) => degrees - (360.0 * Math.Floor(degrees / 360.0));

    /// <summary>Wraps an angle into [-180, 180), the form needed when an angle is a small correction.</summary>
    public static double Signed(double degrees)
    {
        var wrapped = Normalize(degrees);
        return wrapped >= 180.0 ? wrapped - 360.0 : wrapped;
    }
}
