using System.Globalization;

namespace Dateline.PrayerTimes;

/// <summary>A place on the WGS84 ellipsoid: latitude north positive, longitude east positive, in degrees.</summary>
public readonly record struct Coordinates
{
    public Coordinates(double latitude, double longitude)
    {
        // NaN fails both comparisons, so it is rejected too.
        if (!(latitude >= -90 && latitude <= 90))
        {
            throw new ArgumentOutOfRangeException(
                nameof(latitude),
                latitude,
                string.Create(CultureInfo.InvariantCulture, $"Latitude must be between -90 and 90 degrees; got {latitude}."));
        }

        if (!(longitude >= -180 && longitude <= 180))
        {
            throw new ArgumentOutOfRangeException(
                nameof(longitude),
                longitude,
                string.Create(CultureInfo.InvariantCulture, $"Longitude must be between -180 and 180 degrees; got {longitude}."));
        }

        Latitude = latitude;
        Longitude = longitude;
    }

    public double Latitude { get; }

    public double Longitude { get; }
}
