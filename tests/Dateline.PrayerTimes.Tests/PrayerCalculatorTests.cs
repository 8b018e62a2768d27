using System.Globalization;

namespace Dateline.PrayerTimes.Tests;

public class PrayerCalculatorTests
{
    private static readonly TimeZoneInfo Dubai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Dubai");
    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly Coordinates Tromso = new(69.6492, 18.9553);
    private static readonly UaeCity DubaiCity = UaeCities.All.Single(c => c.Id == "dubai");

    // Cross-checks against other libraries (DOMAIN.md §1). Their own offsets differ slightly from ours
    // (PrayTimes has no +1 min on Dhuhr), hence one minute of slack.

    [Fact]
    public void Muslim_World_League_at_Waterloo_matches_PrayTimes_within_a_minute()
    {
        var day = PrayerCalculator.Compute(
            new DateOnly(2011, 2, 9),
            new Coordinates(43, -80),
            FixedOffset(-5),
            CalculationParameters.For(CalculationMethod.MuslimWorldLeague));

        // Asr is two minutes off: PrayTimes takes the declination at the Asr instant, we (like Adhan, whose
        // timetables must match to the minute) take it at 0h UT, which at 80° W is the previous evening.
        AssertTimes(day, p => p == Prayer.Asr ? 2 : 1, "05:50", "07:26", "12:34", "15:18", "17:43", "19:14");
    }

    [Fact]
    public void Umm_al_Qura_at_Amman_matches_PrayTimes_within_a_minute()
    {
        var day = PrayerCalculator.Compute(
            new DateOnly(2013, 12, 16),
            new Coordinates(31, 36),
            FixedOffset(3),
            CalculationParameters.For(CalculationMethod.UmmAlQura));

        AssertTimes(day, 1, "05:58", "07:27", "12:32", "15:18", "17:36", "19:06");
    }

    [Fact]
    public void Isna_in_London_matches_islamic_network_within_a_minute()
    {
        var day = PrayerCalculator.Compute(
            new DateOnly(2014, 4, 24),
            new Coordinates(51.508515, -0.1254872),
            London,
            new CalculationParameters
            {
                Method = CalculationMethod.NorthAmerica,
                HighLatitudeRule = HighLatitudeRule.TwilightAngle,
            });

        AssertTimes(day, 1, "03:57", "05:46", "12:59", "16:55", "20:12", "22:02");
    }

    [Fact]
    public void Muslim_World_League_at_Jebel_Ali_matches_adhan_within_a_minute()
    {
        var day = PrayerCalculator.Compute(
            new DateOnly(2023, 7, 26),
            new Coordinates(25.038015, 55.11755),
            Dubai,
            CalculationParameters.For(CalculationMethod.MuslimWorldLeague));

        AssertTimes(day, 1, "04:19", "05:44", "12:27", "15:52", "19:08", "20:28");
    }

    [Fact]
    public void Default_parameters_use_the_uae_method_with_shafi_asr()
    {
        var date = new DateOnly(2024, 3, 1);
        var implicitDefault = PrayerCalculator.Compute(date, UaeCities.Sharjah.Coordinates, Dubai);
        var explicitUae = PrayerCalculator.Compute(
            date,
            UaeCities.Sharjah.Coordinates,
            Dubai,
            new CalculationParameters { Method = CalculationMethod.Uae, Madhab = Madhab.Shafi });

        Assert.Equal(explicitUae, implicitDefault);
        Assert.Equal(implicitDefault, PrayerCalculator.Compute(date, UaeCities.Sharjah));
    }

    [Fact]
    public void Times_come_in_prayer_order_and_in_the_requested_time_zone()
    {
        var day = PrayerCalculator.Compute(new DateOnly(2025, 6, 15), UaeCities.Sharjah);

        var times = Enum.GetValues<Prayer>().Select(p => day.TimeOf(p)!.Value).ToList();
        Assert.Equal(times.OrderBy(t => t), times);
        Assert.All(times, t => Assert.Equal(TimeSpan.FromHours(4), t.Offset));
        Assert.All(times, t => Assert.Equal(new DateOnly(2025, 6, 15), DateOnly.FromDateTime(t.DateTime)));
        Assert.All(times, t => Assert.Equal(0, t.Second));
    }

    [Fact]
    public void East_coast_prayers_come_before_DubaiCityand_Abu_Dhabi_after()
    {
        var date = new DateOnly(2024, 4, 1);
        var dhuhr = (string id) =>
        {
            Assert.True(UaeCities.TryFind(id, out var city));
            return PrayerCalculator.Compute(date, city).Dhuhr;
        };

        // Roughly 4 min per degree of longitude; Al Jarwan quotes Abu Dhabi +4 and Fujairah −6 against Dubai.
        Assert.InRange((dhuhr("abu-dhabi") - dhuhr("dubai")).TotalMinutes, 2, 5);
        Assert.InRange((dhuhr("dubai") - dhuhr("fujairah")).TotalMinutes, 3, 6);
        Assert.InRange((dhuhr("al-sila") - dhuhr("khor-fakkan")).TotalMinutes, 17, 20);
    }

    [Fact]
    public void User_adjustments_move_each_time_by_whole_minutes_on_top_of_the_method()
    {
        var date = new DateOnly(2024, 3, 10);
        var plain = PrayerCalculator.Compute(date, DubaiCity);
        var adjusted = PrayerCalculator.Compute(
            date,
            DubaiCity,
            new CalculationParameters { Adjustments = new PrayerAdjustments(Fajr: 2, Isha: 30, Maghrib: -1) });

        Assert.Equal(plain.Fajr!.Value.AddMinutes(2), adjusted.Fajr);
        Assert.Equal(plain.Isha!.Value.AddMinutes(30), adjusted.Isha);
        Assert.Equal(plain.Maghrib!.Value.AddMinutes(-1), adjusted.Maghrib);
        Assert.Equal(plain.Dhuhr, adjusted.Dhuhr);
    }

    [Fact]
    public void Hanafi_asr_is_later_than_shafi_asr()
    {
        var date = new DateOnly(2024, 1, 15);
        var shafi = PrayerCalculator.Compute(date, UaeCities.Sharjah);
        var hanafi = PrayerCalculator.Compute(date, UaeCities.Sharjah, new CalculationParameters { Madhab = Madhab.Hanafi });

        Assert.InRange((hanafi.Asr!.Value - shafi.Asr!.Value).TotalMinutes, 30, 90);
    }

    [Fact]
    public void Rounding_up_never_lists_a_time_before_the_unrounded_one()
    {
        var date = new DateOnly(2024, 5, 5);
        var exact = PrayerCalculator.Compute(date, UaeCities.Sharjah, new CalculationParameters { Rounding = Rounding.None });
        var up = PrayerCalculator.Compute(date, UaeCities.Sharjah, new CalculationParameters { Rounding = Rounding.Up });

        foreach (var prayer in Enum.GetValues<Prayer>())
        {
            var difference = (up.TimeOf(prayer)!.Value - exact.TimeOf(prayer)!.Value).TotalSeconds;
            Assert.InRange(difference, 0, 60);
            Assert.Equal(0, up.TimeOf(prayer)!.Value.Second);
        }
    }

    [Fact]
    public void Umm_al_Qura_isha_is_ninety_minutes_after_maghrib()
    {
        var day = PrayerCalculator.Compute(
            new DateOnly(2024, 2, 1),
            new Coordinates(21.4225, 39.8262),
            TimeZoneInfo.FindSystemTimeZoneById("Asia/Riyadh"),
            CalculationParameters.For(CalculationMethod.UmmAlQura));

        Assert.Equal(TimeSpan.FromMinutes(90), day.Isha!.Value - day.Maghrib!.Value);
    }

    [Fact]
    public void Tehran_maghrib_waits_for_the_sun_to_reach_four_and_a_half_degrees()
    {
        var date = new DateOnly(2024, 9, 1);
        var coordinates = new Coordinates(35.6892, 51.3890);
        var tehran = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tehran");
        var day = PrayerCalculator.Compute(date, coordinates, tehran, CalculationParameters.For(CalculationMethod.Tehran));
        var sunsetOnly = PrayerCalculator.Compute(
            date,
            coordinates,
            tehran,
            CalculationParameters.For(CalculationMethod.Tehran with { MaghribAngle = null }));

        Assert.InRange((day.Maghrib!.Value - sunsetOnly.Maghrib!.Value).TotalMinutes, 12, 25);
    }

    [Fact]
    public void Midnight_sun_in_Tromso_leaves_sunrise_sunset_and_twilight_prayers_undefined()
    {
        var day = PrayerCalculator.Compute(new DateOnly(2024, 6, 21), Tromso, Oslo, CalculationParameters.Default);

        Assert.Null(day.Fajr);
        Assert.Null(day.Sunrise);
        Assert.Null(day.Maghrib);
        Assert.Null(day.Isha);
        Assert.NotNull(day.Asr);
        Assert.InRange(day.Dhuhr.Hour, 12, 13);
        Assert.True(day.Asr > day.Dhuhr);
    }

    [Fact]
    public void Polar_night_in_Tromso_still_gives_a_dhuhr_and_no_sunrise()
    {
        var day = PrayerCalculator.Compute(new DateOnly(2024, 12, 21), Tromso, Oslo, CalculationParameters.Default);

        Assert.Null(day.Sunrise);
        Assert.Null(day.Maghrib);
        Assert.InRange(day.Dhuhr.Hour, 11, 12);
    }

    [Fact]
    public void Where_twilight_never_ends_fajr_and_isha_fall_back_to_the_middle_of_the_night()
    {
        // Early May in Tromsø: the Sun still sets but never gets 18° below the horizon.
        var day = PrayerCalculator.Compute(new DateOnly(2024, 5, 5), Tromso, Oslo, CalculationParameters.Default);
        var next = PrayerCalculator.Compute(new DateOnly(2024, 5, 6), Tromso, Oslo, CalculationParameters.Default);

        Assert.NotNull(day.Fajr);
        Assert.NotNull(day.Isha);
        var sunset = day.Maghrib!.Value.AddMinutes(-3);
        var night = next.Sunrise!.Value.AddMinutes(3) - sunset;
        Assert.InRange((day.Isha!.Value - sunset - (night / 2)).TotalMinutes, -2, 2);
        Assert.InRange((day.Sunrise!.Value.AddMinutes(3) - day.Fajr!.Value - (night / 2)).TotalMinutes, -2, 2);
    }

    [Fact]
    public void Seventh_of_the_night_keeps_summer_fajr_closer_to_sunrise_than_middle_of_the_night()
    {
        var date = new DateOnly(2024, 6, 21);
        var london = new Coordinates(51.5074, -0.1278);
        var middle = PrayerCalculator.Compute(date, london, London, CalculationParameters.For(CalculationMethod.MuslimWorldLeague));
        var seventh = PrayerCalculator.Compute(
            date,
            london,
            London,
            new CalculationParameters { Method = CalculationMethod.MuslimWorldLeague, HighLatitudeRule = HighLatitudeRule.SeventhOfTheNight });

        Assert.True(seventh.Fajr > middle.Fajr);
        Assert.True(seventh.Isha < middle.Isha);
    }

    [Theory]
    [InlineData(90.0, 0.0)]
    [InlineData(-90.0, 0.0)]
    [InlineData(89.99, 179.99)]
    [InlineData(-78.46, 106.83)]
    public void Polar_coordinates_never_throw(double latitude, double longitude)
    {
        var coordinates = new Coordinates(latitude, longitude);
        for (var date = new DateOnly(2024, 1, 1); date.Year == 2024; date = date.AddDays(7))
        {
            var day = PrayerCalculator.Compute(date, coordinates, TimeZoneInfo.Utc, CalculationParameters.Default);

            // At 180° in UTC solar noon is at midnight, so only "nearest to clock noon" can be asked for.
            var clockNoon = new DateTimeOffset(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
            Assert.InRange((day.Dhuhr - clockNoon).TotalHours, -12.5, 12.5);
        }
    }

    [Theory]
    [InlineData(69.6492, 18.9553, "Europe/Oslo")]
    [InlineData(78.2232, 15.6267, "Arctic/Longyearbyen")]
    [InlineData(64.1466, -21.9426, "Atlantic/Reykjavik")]
    [InlineData(-77.8419, 166.6863, "Antarctica/McMurdo")]
    [InlineData(-54.8019, -68.3030, "America/Argentina/Ushuaia")]
    public void At_high_latitudes_every_defined_time_keeps_its_order_all_year(double latitude, double longitude, string zoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var coordinates = new Coordinates(latitude, longitude);
        foreach (var method in new[] { CalculationMethod.Uae, CalculationMethod.MoonsightingCommittee, CalculationMethod.UmmAlQura })
        {
            for (var date = new DateOnly(2024, 1, 1); date.Year == 2024; date = date.AddDays(1))
            {
                var day = PrayerCalculator.Compute(date, coordinates, zone, CalculationParameters.For(method));
                var defined = Enum.GetValues<Prayer>().Select(day.TimeOf).OfType<DateTimeOffset>().ToList();

                Assert.True(
                    defined.SequenceEqual(defined.Order()),
                    $"{method.Id} {date:yyyy-MM-dd}: {string.Join(", ", defined.Select(t => t.ToString("MM-dd HH:mm", CultureInfo.InvariantCulture)))}");
            }
        }
    }

    [Theory]
    [InlineData("Pacific/Kiritimati", 1.8721, -157.4278, 14)]
    [InlineData("Pacific/Pago_Pago", -14.2756, -170.7020, -11)]
    [InlineData("Pacific/Auckland", -36.8485, 174.7633, 13)]
    public void Times_fall_on_the_requested_local_date_either_side_of_the_date_line(
        string zoneId, double latitude, double longitude, int offsetHours)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var date = new DateOnly(2024, 1, 10);
        var day = PrayerCalculator.Compute(date, new Coordinates(latitude, longitude), zone, CalculationParameters.Default);
        var nextDay = PrayerCalculator.Compute(date.AddDays(1), new Coordinates(latitude, longitude), zone, CalculationParameters.Default);

        foreach (var prayer in Enum.GetValues<Prayer>())
        {
            var time = day.TimeOf(prayer)!.Value;
            Assert.Equal(date, DateOnly.FromDateTime(time.DateTime));
            Assert.Equal(TimeSpan.FromHours(offsetHours), time.Offset);
            Assert.InRange((nextDay.TimeOf(prayer)!.Value - time).TotalHours, 23.9, 24.1);
        }

        Assert.InRange(day.Dhuhr.Hour, 11, 13);
    }

    [Fact]
    public void Every_day_of_a_year_in_Sharjah_has_all_six_times()
    {
        for (var date = new DateOnly(2025, 1, 1); date.Year == 2025; date = date.AddDays(1))
        {
            var day = PrayerCalculator.Compute(date, UaeCities.Sharjah);
            Assert.All(Enum.GetValues<Prayer>(), p => Assert.NotNull(day.TimeOf(p)));
        }
    }

    [Fact]
    public void A_missing_time_zone_or_parameters_is_rejected()
    {
        var date = new DateOnly(2024, 1, 1);
        Assert.Throws<ArgumentNullException>(() => PrayerCalculator.Compute(date, UaeCities.Sharjah.Coordinates, null!, CalculationParameters.Default));
        Assert.Throws<ArgumentNullException>(() => PrayerCalculator.Compute(date, UaeCities.Sharjah.Coordinates, Dubai, null!));
    }

    private static TimeZoneInfo FixedOffset(int hours) =>
        TimeZoneInfo.CreateCustomTimeZone($"UTC{hours:+0;-0}", TimeSpan.FromHours(hours), $"UTC{hours:+0;-0}", $"UTC{hours:+0;-0}");

    private static void AssertTimes(PrayerDay day, int toleranceMinutes, params string[] expected) =>
        AssertTimes(day, _ => toleranceMinutes, expected);

    private static void AssertTimes(PrayerDay day, Func<Prayer, int> toleranceMinutes, params string[] expected)
    {
        var prayers = Enum.GetValues<Prayer>();
        for (var i = 0; i < prayers.Length; i++)
        {
            var want = day.Date.ToDateTime(TimeOnly.ParseExact(expected[i], "HH:mm", CultureInfo.InvariantCulture));
            var got = day.TimeOf(prayers[i]);
            Assert.True(got is not null, $"{prayers[i]} is undefined; expected {expected[i]}");
            var minutesOff = (got.Value.DateTime - want).TotalMinutes;
            Assert.True(
                Math.Abs(minutesOff) <= toleranceMinutes(prayers[i]),
                $"{prayers[i]}: expected {expected[i]}, got {got.Value:HH:mm:ss} ({minutesOff:+0.#;-0.#} min)");
        }
    }
}
