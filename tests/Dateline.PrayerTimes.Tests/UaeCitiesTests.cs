namespace Dateline.PrayerTimes.Tests;

public class UaeCitiesTests
{
    [Theory]
    [InlineData("sharjah", "Sharjah", "الشارقة")]
    [InlineData("dubai", "Dubai", "دبي")]
    [InlineData("abu-dhabi", "Abu Dhabi", "أبوظبي")]
    [InlineData("ajman", "Ajman", "عجمان")]
    [InlineData("umm-al-quwain", "Umm Al Quwain", "أم القيوين")]
    [InlineData("ras-al-khaimah", "Ras Al Khaimah", "رأس الخيمة")]
    [InlineData("fujairah", "Fujairah", "الفجيرة")]
    [InlineData("al-ain", "Al Ain", "العين")]
    [InlineData("khor-fakkan", "Khor Fakkan", "خورفكان")]
    [InlineData("kalba", "Kalba", "كلباء")]
    [InlineData("dibba-al-hisn", "Dibba Al Hisn", "دبا الحصن")]
    [InlineData("al-dhaid", "Al Dhaid", "الذيد")]
    [InlineData("hatta", "Hatta", "حتا")]
    [InlineData("al-ruwais", "Al Ruwais", "الرويس")]
    [InlineData("al-sila", "Al Sila", "السلع")]
    public void Each_city_is_found_by_slug_with_both_names(string id, string english, string arabic)
    {
        Assert.True(UaeCities.TryFind(id.ToUpperInvariant(), out var city));
        Assert.Equal(id, city.Id);
        Assert.Equal(english, city.EnglishName);
        Assert.Equal(arabic, city.ArabicName);
    }

    [Fact]
    public void Sharjah_is_the_default_city_at_its_reference_coordinates()
    {
        Assert.Equal("sharjah", UaeCities.Default.Id);
        Assert.Equal(new Coordinates(25.3463, 55.4209), UaeCities.Default.Coordinates);
    }

    [Fact]
    public void Every_city_lies_inside_the_uae_and_slugs_are_unique()
    {
        Assert.Equal(UaeCities.All.Count, UaeCities.All.Select(c => c.Id).Distinct().Count());
        Assert.All(UaeCities.All, city =>
        {
            Assert.InRange(city.Coordinates.Latitude, 22.5, 26.1);
            Assert.InRange(city.Coordinates.Longitude, 51.5, 56.4);
        });
    }

    [Fact]
    public void The_uae_time_zone_is_four_hours_ahead_all_year()
    {
        Assert.Equal("Asia/Dubai", UaeCities.TimeZoneId);
        Assert.Equal(TimeSpan.FromHours(4), UaeCities.TimeZone.GetUtcOffset(new DateTime(2024, 1, 15, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(TimeSpan.FromHours(4), UaeCities.TimeZone.GetUtcOffset(new DateTime(2024, 7, 15, 0, 0, 0, DateTimeKind.Utc)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("doha")]
    public void An_unknown_slug_is_not_found(string? id)
    {
        Assert.False(UaeCities.TryFind(id, out var city));
        Assert.Null(city);
    }
}
