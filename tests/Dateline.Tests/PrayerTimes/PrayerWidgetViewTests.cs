using Dateline.PrayerTimes;
using Dateline.Web.Features.Editions;
using Dateline.Web.Features.PrayerTimes;
using Dateline.Web.Features.PrayerTimes.Public;

namespace Dateline.Tests.PrayerTimes;

public sealed class PrayerWidgetViewTests
{
    private static readonly TimeSpan Uae = TimeSpan.FromHours(4);
    private static readonly PrayerDay Today = Day(new DateOnly(2025, 5, 24), "04:02", "05:27", "12:18", "15:40", "19:04", "20:28");
    private static readonly PrayerDay Tomorrow = Day(new DateOnly(2025, 5, 25), "04:01", "05:27", "12:18", "15:40", "19:05", "20:29");

    [Theory]
    [InlineData("00:10", Prayer.Fajr, "2025-05-24 04:02")]
    [InlineData("04:02", Prayer.Dhuhr, "2025-05-24 12:18")]
    [InlineData("05:40", Prayer.Dhuhr, "2025-05-24 12:18")]
    [InlineData("15:39", Prayer.Asr, "2025-05-24 15:40")]
    [InlineData("19:30", Prayer.Isha, "2025-05-24 20:28")]
    [InlineData("20:28", Prayer.Fajr, "2025-05-25 04:01")]
    [InlineData("23:59", Prayer.Fajr, "2025-05-25 04:01")]
    public void Next_prayer_skips_sunrise_and_rolls_over_to_tomorrows_fajr(string clock, Prayer expected, string expectedTime)
    {
        var now = new DateTimeOffset(new DateTime(2025, 5, 24).Add(TimeSpan.Parse(clock, System.Globalization.CultureInfo.InvariantCulture)), Uae);

        var (prayer, time) = PrayerWidgetView.NextAfter(now, Today, Tomorrow);

        Assert.Equal(expected, prayer);
        Assert.Equal(DateTimeOffset.Parse(expectedTime + " +04:00", System.Globalization.CultureInfo.InvariantCulture), time);
    }

    [Theory]
    [InlineData(0, 30, "12:30 AM")]
    [InlineData(4, 2, "4:02 AM")]
    [InlineData(12, 5, "12:05 PM")]
    [InlineData(20, 28, "8:28 PM")]
    public void English_times_use_the_twelve_hour_clock(int hour, int minute, string expected) =>
        Assert.Equal(expected, PrayerWidgetView.Format(new DateTimeOffset(2025, 5, 24, hour, minute, 0, Uae), EditionStrings.English, DigitStyle.Latin));

    [Fact]
    public void Arabic_times_use_arabic_designators_and_the_configured_digits()
    {
        var time = new DateTimeOffset(2025, 5, 24, 20, 28, 0, Uae);

        Assert.Equal("8:28 م", PrayerWidgetView.Format(time, EditionStrings.Arabic, DigitStyle.Latin));
        Assert.Equal("٨:٢٨ م", PrayerWidgetView.Format(time, EditionStrings.Arabic, DigitStyle.ArabicIndic));
    }

    [Fact]
    public void Data_times_list_the_six_times_in_order() =>
        Assert.Equal("04:02,05:27,12:18,15:40,19:04,20:28", PrayerWidgetView.DataTimes(Today));

    private static PrayerDay Day(DateOnly date, params string[] times)
    {
        DateTimeOffset At(string hhmm) => new(date.ToDateTime(TimeOnly.ParseExact(hhmm, "HH:mm", System.Globalization.CultureInfo.InvariantCulture)), Uae);
        return new PrayerDay(date, At(times[0]), At(times[1]), At(times[2]), At(times[3]), At(times[4]), At(times[5]));
    }
}
