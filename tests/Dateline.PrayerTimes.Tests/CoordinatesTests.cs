namespace Dateline.PrayerTimes.Tests;

public class CoordinatesTests
{
    [Theory]
    [InlineData(90.0001)]
    [InlineData(-90.0001)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_latitude_off_the_globe_is_rejected_with_a_clear_message(double latitude)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Coordinates(latitude, 55));

        Assert.Equal("latitude", error.ParamName);
        Assert.Contains("Latitude must be between -90 and 90", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(180.0001)]
    [InlineData(-180.0001)]
    [InlineData(double.NaN)]
    public void A_longitude_off_the_globe_is_rejected_with_a_clear_message(double longitude)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Coordinates(25, longitude));

        Assert.Equal("longitude", error.ParamName);
        Assert.Contains("Longitude must be between -180 and 180", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(90.0, 180.0)]
    [InlineData(-90.0, -180.0)]
    [InlineData(0.0, 0.0)]
    public void The_limits_themselves_are_accepted(double latitude, double longitude)
    {
        var coordinates = new Coordinates(latitude, longitude);

        Assert.Equal(latitude, coordinates.Latitude);
        Assert.Equal(longitude, coordinates.Longitude);
    }
}
