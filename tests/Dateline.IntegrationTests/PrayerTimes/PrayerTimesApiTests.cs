using System.Globalization;
using System.Net;
using System.Text.Json;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.IntegrationTests.Weather;
using Dateline.Testing;

namespace Dateline.IntegrationTests.PrayerTimes;

public sealed class PrayerTimesApiTests(DatelineFactory factory) : IClassFixture<DatelineFactory>
{
    [Fact]
    public async Task A_city_and_date_give_the_six_times_as_local_hh_mm()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/prayer-times?city=sharjah&date=2025-05-24");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.Equal(TimeSpan.FromHours(6), response.Headers.CacheControl?.MaxAge);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var body = json.RootElement;
        Assert.Equal("2025-05-24", body.GetProperty("date").GetString());
        Assert.Equal("sharjah", body.GetProperty("city").GetString());
        Assert.Equal("uae", body.GetProperty("method").GetString());
        Assert.Equal("Asia/Dubai", body.GetProperty("timeZone").GetString());
        var times = new[] { "fajr", "sunrise", "dhuhr", "asr", "maghrib", "isha" }
            .Select(name => TimeOnly.ParseExact(body.GetProperty(name).GetString()!, "HH:mm", CultureInfo.InvariantCulture))
            .ToList();
        Assert.Equal(times.Order(), times);
        // Sharjah in late May: dawn a little after 4 am, sunset around 7 pm (UTC+4).
        Assert.InRange(times[0], new TimeOnly(3, 55), new TimeOnly(4, 15));
        Assert.InRange(times[4], new TimeOnly(18, 55), new TimeOnly(19, 10));
        Assert.Empty(factory.Warnings);
    }

    [Fact]
    public async Task Coordinates_reproduce_the_published_awqaf_dubai_timetable_within_a_minute()
    {
        using var reference = JsonDocument.Parse(await File.ReadAllTextAsync(ReferenceData.PathOf("prayer-times/Dubai-Gulf.json")));
        var place = reference.RootElement.GetProperty("params");
        var client = factory.CreateClient();

        foreach (var day in reference.RootElement.GetProperty("times").EnumerateArray())
        {
            var date = day.GetProperty("date").GetString();
            var url = string.Create(CultureInfo.InvariantCulture,
                $"/api/v1/prayer-times?lat={place.GetProperty("latitude").GetDouble()}&lon={place.GetProperty("longitude").GetDouble()}&date={date}&tz=Asia/Dubai&method=uae");
            using var json = JsonDocument.Parse(await client.GetStringAsync(url));
            foreach (var name in new[] { "fajr", "sunrise", "dhuhr", "asr", "maghrib", "isha" })
            {
                var expected = TimeOnly.ParseExact(day.GetProperty(name).GetString()!, "h:mm tt", CultureInfo.InvariantCulture);
                var actual = TimeOnly.ParseExact(json.RootElement.GetProperty(name).GetString()!, "HH:mm", CultureInfo.InvariantCulture);
                Assert.True(Math.Abs((actual.ToTimeSpan() - expected.ToTimeSpan()).TotalMinutes) <= 1, $"{date} {name}: expected {expected:HH:mm}, got {actual:HH:mm}");
            }
        }
    }

    [Fact]
    public async Task Without_a_city_the_default_city_is_used_for_today()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/prayer-times");

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("sharjah", json.RootElement.GetProperty("city").GetString());
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Dubai")).DateTime);
        Assert.Equal(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), json.RootElement.GetProperty("date").GetString());
        Assert.InRange(response.Headers.CacheControl!.MaxAge!.Value, TimeSpan.FromMinutes(1), TimeSpan.FromHours(1));
    }

    [Fact]
    public async Task Hanafi_asr_is_later_than_shafi()
    {
        var client = factory.CreateClient();

        var shafi = await AsrAsync(client, "/api/v1/prayer-times?city=dubai&date=2025-01-15&asr=shafi");
        var hanafi = await AsrAsync(client, "/api/v1/prayer-times?city=dubai&date=2025-01-15&asr=Hanafi");

        Assert.True(hanafi > shafi.AddMinutes(30), $"Hanafi {hanafi} should be well after Shafi {shafi}");
    }

    [Fact]
    public async Task Another_method_and_time_zone_can_be_asked_for()
    {
        using var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync(
            "/api/v1/prayer-times?lat=51.5074&lon=-0.1278&date=2025-03-20&tz=Europe/London&method=mwl"));
        var body = json.RootElement;

        Assert.Equal("mwl", body.GetProperty("method").GetString());
        Assert.Equal("Europe/London", body.GetProperty("timeZone").GetString());
        Assert.False(body.TryGetProperty("city", out _));
        // Equinox in London: sunrise near 6 am, sunset near 6:15 pm GMT.
        Assert.StartsWith("06:", body.GetProperty("sunrise").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("18:", body.GetProperty("maghrib").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Where_the_sun_never_sets_the_missing_times_are_null()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/prayer-times?lat=78.22&lon=15.65&date=2025-06-21&tz=Arctic/Longyearbyen");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("sunrise").ValueKind);
        Assert.Equal(JsonValueKind.String, json.RootElement.GetProperty("dhuhr").ValueKind);
    }

    [Theory]
    [InlineData("city=atlantis", "Unknown city 'atlantis'")]
    [InlineData("lat=91&lon=55", "'lat' must be between -90 and 90")]
    [InlineData("lat=-90.5&lon=55", "'lat' must be between -90 and 90")]
    [InlineData("lat=25&lon=181", "'lon' must be between -180 and 180")]
    [InlineData("lat=north&lon=55", "'lat' must be a decimal number")]
    [InlineData("lat=NaN&lon=55", "'lat' must be a decimal number")]
    [InlineData("lat=25.3", "'lat' and 'lon' must be given together")]
    [InlineData("lon=55.4", "'lat' and 'lon' must be given together")]
    [InlineData("city=dubai&lat=25&lon=55", "either 'city' or 'lat' and 'lon'")]
    [InlineData("city=sharjah&date=2025-13-01", "Invalid date '2025-13-01'")]
    [InlineData("city=sharjah&date=24/05/2025", "Invalid date '24/05/2025'")]
    [InlineData("city=sharjah&date=2025-02-29", "Invalid date '2025-02-29'")]
    [InlineData("city=sharjah&date=1700-01-01", "out of range")]
    [InlineData("city=sharjah&tz=Mars/Olympus", "Unknown time zone 'Mars/Olympus'")]
    [InlineData("city=sharjah&method=sundial", "Unknown method 'sundial'")]
    [InlineData("city=sharjah&asr=maliki", "Unknown asr convention 'maliki'")]
    public async Task Every_bad_input_is_a_400_problem_that_says_what_is_wrong(string query, string detail)
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/prayer-times?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, json.RootElement.GetProperty("status").GetInt32());
        Assert.Contains(detail, json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static async Task<TimeOnly> AsrAsync(HttpClient client, string url)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(url));
        return TimeOnly.ParseExact(json.RootElement.GetProperty("asr").GetString()!, "HH:mm", CultureInfo.InvariantCulture);
    }
}
