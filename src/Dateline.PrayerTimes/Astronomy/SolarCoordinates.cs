namespace Dateline.PrayerTimes.Astronomy;

/// <summary>
/// The Sun's apparent equatorial position and the apparent sidereal time at one instant, using the
/// low-accuracy solar theory of Meeus ch. 25 (pp. 163–165) and the abridged nutation of ch. 22 (p. 144).
/// Good to about 0.01°, i.e. a few seconds of time, which is far below the one-minute resolution of a timetable.
/// </summary>
internal readonly struct SolarCoordinates
{
    private const double J2000 = 2451545.0;

    public SolarCoordinates(double julianDay)
    {
        var t = (julianDay - J2000) / 36525.0;

        var meanLongitude = Degrees.Normalize(280.4664567 + (36000.76983 * t) + (0.0003032 * t * t));
        var meanAnomaly = Degrees.Normalize(357.52911 + (35999.05029 * t) - (0.0001537 * t * t));
        var moonMeanLongitude = Degrees.Normalize(218.3165 + (481267.8813 * t));
        var moonNode = Degrees.Normalize(125.04452 - (1934.136261 * t) + (0.0020708 * t * t) + (t * t * t / 450000.0));

        var equationOfCentre =
            ((1.914602 - (0.004817 * t) - (0.000014 * t * t)) * Degrees.Sin(meanAnomaly))
            + ((0.019993 - (0.000101 * t)) * Degrees.Sin(2 * meanAnomaly))
            + (0.000289 * Degrees.Sin(3 * meanAnomaly));

        // Meeus uses a rounded node longitude for the aberration/nutation term of the apparent longitude.
        var roughNode = 125.04 - (1934.136 * t);
        var apparentLongitude = Degrees.Normalize(
            meanLongitude + equationOfCentre - 0.00569 - (0.00478 * Degrees.Sin(roughNode)));

        var meanObliquity = 23.439291 - (0.013004167 * t) - (0.0000001639 * t * t) + (0.0000005036 * t * t * t);
        var apparentObliquity = meanObliquity + (0.00256 * Degrees.Cos(roughNode));

        var nutationInLongitude = (
            (-17.20 * Degrees.Sin(moonNode))
            - (1.32 * Degrees.Sin(2 * meanLongitude))
            - (0.23 * Degrees.Sin(2 * moonMeanLongitude))
            + (0.21 * Degrees.Sin(2 * moonNode))) / 3600.0;
        var nutationInObliquity = (
            (9.20 * Degrees.Cos(moonNode))
            + (0.57 * Degrees.Cos(2 * meanLongitude))
            + (0.10 * Degrees.Cos(2 * moonMeanLongitude))
            - (0.09 * Degrees.Cos(2 * moonNode))) / 3600.0;

        var meanSiderealTime = Degrees.Normalize(
            280.46061837
            + (360.98564736629 * (julianDay - J2000))
            + (0.000387933 * t * t)
            - (t * t * t / 38710000.0));

        Declination = Degrees.Asin(Degrees.Sin(apparentObliquity) * Degrees.Sin(apparentLongitude));
        RightAscension = Degrees.Normalize(Degrees.Atan2(
            Degrees.Cos(apparentObliquity) * Degrees.Sin(apparentLongitude),
            Degrees.Cos(apparentLongitude)));
        // Equation of the equinoxes: the true equinox moves with nutation, so sidereal time must follow it.
        ApparentSiderealTime = meanSiderealTime
            + (nutationInLongitude * Degrees.Cos(meanObliquity + nutationInObliquity));
    }

    /// <summary>Degrees, north positive.</summary>
    public double Declination { get; }

    /// <summary>Degrees in [0, 360).</summary>
    public double RightAscension { get; }

    /// <summary>Greenwich apparent sidereal time at the given instant, degrees.</summary>
    public double ApparentSiderealTime { get; }
}
