namespace Dateline.PrayerTimes.Astronomy;

/// <summary>
/// Times at which the Sun crosses the meridian or a given altitude during one UT day, for one place.
/// All results are hours after 0h UT of <see cref="Date"/> (they may be negative or exceed 24),
/// or NaN when the Sun never reaches the altitude that day.
/// Method: Meeus ch. 15 (p. 102), with the Sun's position interpolated across the day before and after.
/// </summary>
internal sealed class SolarDay
{
    // Sidereal degrees turned per solar day, used to advance sidereal time to a fraction of the day.
    private const double SiderealRate = 360.985647;

    // Half an hour, as a fraction of a day.
    private const double MaximumCorrection = 1.0 / 48.0;

    private readonly double _latitude;
    private readonly double _longitude;
    private readonly SolarCoordinates _previous;
    private readonly SolarCoordinates _current;
    private readonly SolarCoordinates _next;
    private readonly double _approximateTransit;

    /// <param name="date">The UT date whose 0h all times are counted from.</param>
    /// <param name="coordinates">The observer.</param>
    /// <param name="expectedTransit">
    /// Fraction of the UT day near which to look for solar noon (the UT of local clock noon). Meeus takes the
    /// transit inside [0, 1); near the date line that is the neighbouring local day's noon, so we take the
    /// transit closest to when the clock says noon instead.
    /// </param>
    public SolarDay(DateOnly date, Coordinates coordinates, double expectedTransit)
    {
        Date = date;
        _latitude = coordinates.Latitude;
        _longitude = coordinates.Longitude;

        var julianDay = JulianDay.AtMidnight(date);
        _previous = new SolarCoordinates(julianDay - 1);
        _current = new SolarCoordinates(julianDay);
        _next = new SolarCoordinates(julianDay + 1);

        // Meeus measures longitude positive west; ours is positive east, hence the minus sign.
        var transitFraction = (_current.RightAscension - _longitude - _current.ApparentSiderealTime) / 360.0;
        _approximateTransit = transitFraction + Math.Round(expectedTransit - transitFraction);

        Transit = CorrectedTransit();
        Sunrise = TimeAtAltitude(StandardSunAltitude, afterTransit: false);
        Sunset = TimeAtAltitude(StandardSunAltitude, afterTransit: true);
    }

    /// <summary>
    /// The geometric altitude of the Sun's centre at apparent sunrise: 34′ of refraction plus 16′ of semi-diameter.
    /// </summary>
    public const double StandardSunAltitude = -50.0 / 60.0;

    public DateOnly Date { get; }

    public double Transit { get; }

    public double Sunrise { get; }

    public double Sunset { get; }

    /// <summary>
    /// Declination at 0h UT, used for the Asr shadow geometry. The declination at noon would be slightly truer,
    /// but the reference timetables (Umm al-Qura, Qatar, Moonsighting Committee) were produced with this one
    /// and drift by a minute on some days otherwise.
    /// </summary>
    public double Declination => _current.Declination;

    public double TimeAtAltitude(double altitude, bool afterTransit)
    {
        var cosHourAngle = (Degrees.Sin(altitude) - (Degrees.Sin(_latitude) * Degrees.Sin(_current.Declination)))
            / (Degrees.Cos(_latitude) * Degrees.Cos(_current.Declination));
        if (!double.IsFinite(cosHourAngle) || cosHourAngle < -1 || cosHourAngle > 1)
        {
            return double.NaN;
        }

        var hourAngle = Degrees.Acos(cosHourAngle);
        var m = afterTransit ? _approximateTransit + (hourAngle / 360.0) : _approximateTransit - (hourAngle / 360.0);

        // One Newton step: recompute the Sun's real altitude at the first guess and move by the error.
        var localHourAngle = LocalHourAngleAt(m);
        var declination = Interpolate(_previous.Declination, _current.Declination, _next.Declination, m);
        var actualAltitude = Degrees.Asin(
            (Degrees.Sin(_latitude) * Degrees.Sin(declination))
            + (Degrees.Cos(_latitude) * Degrees.Cos(declination) * Degrees.Cos(localHourAngle)));
        var correction = (actualAltitude - altitude)
            / (360.0 * Degrees.Cos(declination) * Degrees.Cos(_latitude) * Degrees.Sin(localHourAngle));

        // When the Sun only just reaches the altitude (polar winter Asr, say), the crossing is close to the
        // meridian where the altitude hardly changes, and the step can shoot hours away. The first estimate
        // is then the better answer; ordinary corrections are well under a minute.
        if (!double.IsFinite(correction) || Math.Abs(correction) > MaximumCorrection)
        {
            correction = 0;
        }

        // The first estimate starts from the uncorrected transit, so a crossing right at noon can land a minute on
        // the wrong side of it; the Sun cannot set before it culminates.
        var hours = (m + correction) * 24.0;
        return afterTransit ? Math.Max(hours, Transit) : Math.Min(hours, Transit);
    }

    private double CorrectedTransit()
    {
        var localHourAngle = Degrees.Signed(LocalHourAngleAt(_approximateTransit));
        return (_approximateTransit - (localHourAngle / 360.0)) * 24.0;
    }

    private double LocalHourAngleAt(double dayFraction)
    {
        var siderealTime = Degrees.Normalize(_current.ApparentSiderealTime + (SiderealRate * dayFraction));
        var rightAscension = _current.RightAscension + InterpolateSmallChange(
            Degrees.Signed(_current.RightAscension - _previous.RightAscension),
            Degrees.Signed(_next.RightAscension - _current.RightAscension),
            dayFraction);
        return siderealTime + _longitude - rightAscension;
    }

    /// <summary>Three-point interpolation, Meeus ch. 3 (p. 24), at n days from the middle value.</summary>
    private static double Interpolate(double before, double middle, double after, double n) =>
        middle + InterpolateSmallChange(middle - before, after - middle, n);

    private static double InterpolateSmallChange(double firstDifference, double secondDifference, double n) =>
        n / 2.0 * (firstDifference + secondDifference + (n * (secondDifference - firstDifference)));
}
