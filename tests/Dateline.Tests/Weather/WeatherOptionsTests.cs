using System.ComponentModel.DataAnnotations;
using Dateline.Web.Features.Weather;
using Microsoft.Extensions.Configuration;

namespace Dateline.Tests.Weather;

public sealed class WeatherOptionsTests
{
    [Fact]
    public void The_defaults_are_valid_and_match_the_brief()
    {
        var options = Bind([]);

        Assert.Empty(options.Validate(new ValidationContext(options)));
        Assert.Equal("https://api.open-meteo.com/", options.OpenMeteo.BaseUrl);
        Assert.Equal(TimeSpan.FromSeconds(2), options.OpenMeteo.AttemptTimeout);
        Assert.Equal(TimeSpan.FromMinutes(15), options.RefreshInterval);
        Assert.Equal(TimeSpan.FromHours(6), options.MaxAge);
        Assert.True(options.BackgroundRefresh);
    }

    [Theory]
    [InlineData("Weather:Provider", "met-office", "Provider", "Weather:Provider 'met-office'")]
    [InlineData("Weather:OpenMeteo:BaseUrl", "not a url", "OpenMeteo.BaseUrl", "Weather:OpenMeteo:BaseUrl")]
    [InlineData("Weather:OpenMeteo:BaseUrl", "ftp://open-meteo.test/", "OpenMeteo.BaseUrl", "Weather:OpenMeteo:BaseUrl")]
    [InlineData("Weather:OpenMeteo:MaxRetryAttempts", "0", "OpenMeteo.MaxRetryAttempts", "Weather:OpenMeteo:MaxRetryAttempts")]
    [InlineData("Weather:OpenMeteo:AttemptTimeout", "00:01:00", "OpenMeteo.AttemptTimeout", "Weather:OpenMeteo:AttemptTimeout")]
    [InlineData("Weather:RefreshInterval", "00:00:10", "RefreshInterval", "Weather:RefreshInterval")]
    [InlineData("Weather:StaleAfter", "07:00:00", "StaleAfter", "Weather:StaleAfter")]
    [InlineData("Weather:Cities:0", "atlantis", "Cities", "unknown city 'atlantis'")]
    public void Bad_settings_fail_validation_naming_the_setting(string key, string value, string member, string message)
    {
        var options = Bind(new() { [key] = value });

        var failure = Assert.Single(options.Validate(new ValidationContext(options)));

        Assert.Contains(member, failure.MemberNames);
        Assert.Contains(message, failure.ErrorMessage, StringComparison.Ordinal);
    }

    private static WeatherOptions Bind(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build()
            .GetSection(WeatherOptions.SectionName).Get<WeatherOptions>() ?? new WeatherOptions();
}
