namespace Dateline.PrayerTimes.Tests;

public class CalculationMethodTests
{
    [Theory]
    [InlineData("uae")]
    [InlineData("UAE")]
    [InlineData(" umm-al-qura ")]
    [InlineData("mwl")]
    [InlineData("egyptian")]
    [InlineData("karachi")]
    [InlineData("ISNA")]
    [InlineData("qatar")]
    [InlineData("kuwait")]
    [InlineData("Moonsighting-Committee")]
    [InlineData("singapore")]
    [InlineData("turkey")]
    [InlineData("tehran")]
    public void A_preset_is_found_by_its_id_ignoring_case(string id)
    {
        Assert.True(CalculationMethod.TryFind(id, out var method));
        Assert.Equal(id.Trim(), method.Id, ignoreCase: true);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("dubai")]
    [InlineData("jafari")]
    public void An_unknown_id_is_not_found(string? id)
    {
        Assert.False(CalculationMethod.TryFind(id, out var method));
        Assert.Null(method);
    }

    [Fact]
    public void Preset_ids_are_unique_lower_case_slugs()
    {
        var ids = CalculationMethod.All.Select(m => m.Id).ToList();

        Assert.Equal(12, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^[a-z]+(-[a-z]+)*$", id));
    }

    [Fact]
    public void The_default_is_the_uae_method_with_its_awqaf_offsets()
    {
        var uae = CalculationMethod.Default;

        Assert.Equal("uae", uae.Id);
        Assert.Equal(18.2, uae.FajrAngle);
        Assert.Equal(18.2, uae.IshaAngle);
        Assert.Equal(new PrayerAdjustments(Sunrise: -3, Dhuhr: 3, Asr: 3, Maghrib: 3), uae.Adjustments);
        Assert.Same(uae, CalculationParameters.Default.Method);
    }
}
