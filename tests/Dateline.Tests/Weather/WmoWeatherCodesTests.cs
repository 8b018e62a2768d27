using System.Text.Json;
using Dateline.Testing;
using Dateline.Web.Features.Weather;

namespace Dateline.Tests.Weather;

public sealed class WmoWeatherCodesTests
{
    public static TheoryData<int, string, string> ReferenceCodes()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(ReferenceData.PathOf("weather/wmo-weather-codes.json")));
        var data = new TheoryData<int, string, string>();
        foreach (var entry in json.RootElement.GetProperty("codes").EnumerateArray())
        {
            data.Add(entry.GetProperty("code").GetInt32(), entry.GetProperty("en").GetString()!, entry.GetProperty("ar").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ReferenceCodes))]
    public void Every_code_in_the_reference_maps_to_a_known_condition_with_its_wording(int code, string english, string arabic)
    {
        var entry = WmoWeatherCodes.Find(code);

        Assert.NotEqual(WeatherCondition.Unknown, entry.Condition);
        Assert.Equal(english, entry.English);
        Assert.Equal(arabic, entry.Arabic);
    }

    [Fact]
    public void The_table_holds_exactly_the_reference_codes()
    {
        var reference = ReferenceCodes().Select(row => (int)row[0]).Order().ToList();

        Assert.Equal(reference, WmoWeatherCodes.All.Select(c => c.Code).Order().ToList());
    }

    [Theory]
    [InlineData(0, WeatherCondition.Clear)]
    [InlineData(1, WeatherCondition.PartlyCloudy)]
    [InlineData(3, WeatherCondition.Cloudy)]
    [InlineData(48, WeatherCondition.Fog)]
    [InlineData(55, WeatherCondition.Drizzle)]
    [InlineData(65, WeatherCondition.Rain)]
    [InlineData(81, WeatherCondition.Rain)]
    [InlineData(77, WeatherCondition.Snow)]
    [InlineData(99, WeatherCondition.Thunderstorm)]
    public void Codes_fall_into_the_conditions_readers_expect(int code, WeatherCondition expected) =>
        Assert.Equal(expected, WmoWeatherCodes.Find(code).Condition);

    [Theory]
    [InlineData(4)]
    [InlineData(-1)]
    [InlineData(100)]
    public void A_code_outside_the_table_is_unknown(int code) =>
        Assert.Equal(WeatherCondition.Unknown, WmoWeatherCodes.Find(code).Condition);

    [Fact]
    public void Every_condition_has_its_own_icon_by_day_and_by_night()
    {
        foreach (var condition in Enum.GetValues<WeatherCondition>())
        {
            foreach (var isDay in new[] { true, false })
            {
                var key = WeatherConditions.IconKey(condition, isDay);
                var svg = WeatherIcons.Svg(key, "Label & more");

                Assert.Contains(key, WeatherIcons.Keys);
                Assert.Contains($"data-icon=\"{key}\"", svg, StringComparison.Ordinal);
                Assert.Contains("role=\"img\"", svg, StringComparison.Ordinal);
                Assert.Contains("aria-label=\"Label &amp; more\"", svg, StringComparison.Ordinal);
                Assert.DoesNotContain("style=", svg, StringComparison.Ordinal);
            }
        }

        Assert.NotEqual(WeatherConditions.IconKey(WeatherCondition.Clear, true), WeatherConditions.IconKey(WeatherCondition.Clear, false));
    }
}
