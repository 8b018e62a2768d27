using Dateline.PrayerTimes;
using Dateline.Web.Features.PrayerTimes;

namespace Dateline.Tests.PrayerTimes;

public sealed class PrayerTimesTextTests
{
    [Fact]
    public void Every_method_has_an_arabic_name_and_english_uses_the_librarys()
    {
        foreach (var method in CalculationMethod.All)
        {
            Assert.Equal(method.Name, PrayerTimesText.English.MethodName(method));
            Assert.NotEqual(method.Name, PrayerTimesText.Arabic.MethodName(method));
        }
    }

    [Fact]
    public void Each_edition_names_prayers_and_cities_in_its_own_language()
    {
        Assert.Equal("Maghrib", PrayerTimesText.English.NameOf(Prayer.Maghrib));
        Assert.Equal("المغرب", PrayerTimesText.Arabic.NameOf(Prayer.Maghrib));
        Assert.Equal("الشروق", PrayerTimesText.Arabic.NameOf(Prayer.Sunrise));
        Assert.Equal("Sharjah", PrayerTimesText.English.CityName(UaeCities.Sharjah));
        Assert.Equal("الشارقة", PrayerTimesText.Arabic.CityName(UaeCities.Sharjah));
        Assert.Same(PrayerTimesText.English, PrayerTimesText.For("fr"));
    }
}
