using System.ComponentModel.DataAnnotations;
using Dateline.PrayerTimes;
using Dateline.Web.Features.Editions;
using Dateline.Web.Features.PrayerTimes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Dateline.Tests.PrayerTimes;

public sealed class PrayerTimetableTests
{
    private static readonly DateOnly Date = new(2025, 5, 24);

    [Fact]
    public void Configured_method_asr_and_minute_adjustments_are_applied()
    {
        var options = Bind(new()
        {
            ["PrayerTimes:Method"] = "umm-al-qura",
            ["PrayerTimes:Asr"] = "hanafi",
            ["PrayerTimes:Adjustments:Isha"] = "2",
            ["PrayerTimes:Adjustments:Fajr"] = "-1",
            ["PrayerTimes:DefaultCity"] = "dubai",
            ["PrayerTimes:ArabicDigits"] = "ArabicIndic",
        });
        var timetable = new PrayerTimetable(Options.Create(options), TimeProvider.System);

        var published = PrayerCalculator.Compute(Date, timetable.DefaultCity,
            new CalculationParameters { Method = CalculationMethod.UmmAlQura, Madhab = Madhab.Hanafi });
        var site = timetable.For(timetable.DefaultCity, Date);

        Assert.Equal("dubai", timetable.DefaultCity.Id);
        Assert.Equal(published.Isha!.Value.AddMinutes(2), site.Isha);
        Assert.Equal(published.Fajr!.Value.AddMinutes(-1), site.Fajr);
        Assert.Equal(published.Asr, site.Asr);
        Assert.Equal(DigitStyle.ArabicIndic, timetable.DigitsFor("ar"));
        Assert.Equal(DigitStyle.Latin, timetable.DigitsFor("en"));
    }

    [Fact]
    public void Defaults_are_sharjah_the_uae_method_shafi_and_latin_digits()
    {
        var timetable = new PrayerTimetable(Options.Create(Bind([])), TimeProvider.System);

        Assert.Equal(UaeCities.Sharjah, timetable.DefaultCity);
        Assert.Equal(CalculationMethod.Uae, timetable.Parameters.Method);
        Assert.Equal(Madhab.Shafi, timetable.Parameters.Madhab);
        Assert.Equal(DigitStyle.Latin, timetable.DigitsFor("ar"));
    }

    [Theory]
    [InlineData("PrayerTimes:DefaultCity", "atlantis", "DefaultCity")]
    [InlineData("PrayerTimes:Method", "sundial", "Method")]
    [InlineData("PrayerTimes:Adjustments:Isha", "90", "Adjustments")]
    public void Bad_settings_fail_validation_with_a_clear_message(string key, string value, string member)
    {
        var options = Bind(new() { [key] = value });

        var results = options.Validate(new ValidationContext(options)).ToList();

        var failure = Assert.Single(results);
        Assert.Contains(member, failure.MemberNames);
        Assert.Contains(key.Split(':')[1], failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void The_widget_embeds_today_and_tomorrow_for_the_default_city_and_the_next_prayer()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 5, 24, 13, 0, 0, TimeSpan.FromHours(4)));
        var timetable = new PrayerTimetable(Options.Create(Bind([])), time);
        var edition = new EditionView("en", "English", "en-AE", TextDirection.Ltr, "Sharjah 24", null, EditionStrings.English, []);

        var widget = timetable.Widget(edition);

        Assert.Equal(Date, widget.Today.Date);
        Assert.Equal(Date.AddDays(1), widget.Tomorrow.Date);
        Assert.Equal(Prayer.Asr, widget.NextPrayer);
        Assert.Equal(widget.Today.Asr, widget.NextTime);
        Assert.Equal("+04:00", widget.UtcOffset);
        Assert.Equal("/en/prayer-times?city=sharjah", widget.TimetablePath);
    }

    private static PrayerTimesOptions Bind(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return configuration.GetSection(PrayerTimesOptions.SectionName).Get<PrayerTimesOptions>() ?? new PrayerTimesOptions();
    }
}
