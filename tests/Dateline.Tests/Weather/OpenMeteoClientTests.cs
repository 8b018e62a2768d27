using System.Net;
using System.Text;
using Dateline.PrayerTimes;
using Dateline.Testing;
using Dateline.Web.Features.Weather;
using Microsoft.Extensions.Options;

namespace Dateline.Tests.Weather;

public sealed class OpenMeteoClientTests
{
    [Fact]
    public async Task Reads_current_conditions_from_the_documented_response()
    {
        var handler = new CannedHandler(HttpStatusCode.OK, File.ReadAllText(ReferenceData.PathOf("weather/open-meteo-sample.json")));
        var client = Create(handler);

        var observation = await client.GetCurrentAsync(UaeCities.Sharjah.Coordinates, CancellationToken.None);

        Assert.Equal(41.3, observation.TemperatureC);
        Assert.Equal(1, observation.WeatherCode);
        Assert.True(observation.IsDay);
        Assert.Equal(new DateTimeOffset(2025, 8, 14, 13, 45, 0, TimeSpan.FromHours(4)), observation.ObservedAt);
        Assert.Equal("open-meteo", observation.Source);
        var query = handler.LastRequest!.RequestUri!.Query;
        Assert.Contains("latitude=25.3463", query, StringComparison.Ordinal);
        Assert.Contains("longitude=55.4209", query, StringComparison.Ordinal);
        Assert.Contains("current=temperature_2m,weather_code,is_day", query, StringComparison.Ordinal);
        Assert.Equal("/v1/forecast", handler.LastRequest.RequestUri.AbsolutePath);
    }

    [Fact]
    public async Task Night_is_read_from_is_day_zero()
    {
        var client = Create(new CannedHandler(HttpStatusCode.OK,
            """{"utc_offset_seconds":14400,"current":{"time":"2025-01-10T23:00","temperature_2m":18.04,"weather_code":0,"is_day":0}}"""));

        var observation = await client.GetCurrentAsync(UaeCities.Sharjah.Coordinates, CancellationToken.None);

        Assert.False(observation.IsDay);
        Assert.Equal(18.0, observation.TemperatureC);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"error":true,"reason":"Latitude must be in range of -90 to 90°."}""")]
    [InlineData("""{"utc_offset_seconds":14400,"current":{"time":"2025-08-14T13:45","temperature_2m":null,"weather_code":1,"is_day":1}}""")]
    [InlineData("""{"utc_offset_seconds":14400,"current":{"time":"yesterday","temperature_2m":30,"weather_code":1,"is_day":1}}""")]
    [InlineData("""{"utc_offset_seconds":14400,"current":{"time":"2025-08-14T13:45","temperature_2m":300,"weather_code":1,"is_day":1}}""")]
    [InlineData("[]")]
    public async Task Malformed_or_incomplete_answers_are_rejected(string body)
    {
        var client = Create(new CannedHandler(HttpStatusCode.OK, body));

        await Assert.ThrowsAsync<WeatherProviderException>(() => client.GetCurrentAsync(UaeCities.Sharjah.Coordinates, CancellationToken.None));
    }

    [Fact]
    public async Task An_error_status_is_rejected()
    {
        var client = Create(new CannedHandler(HttpStatusCode.BadRequest, """{"error":true,"reason":"bad"}"""));

        var ex = await Assert.ThrowsAsync<WeatherProviderException>(() => client.GetCurrentAsync(UaeCities.Sharjah.Coordinates, CancellationToken.None));
        Assert.Contains("400", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configured_api_key_is_sent()
    {
        var handler = new CannedHandler(HttpStatusCode.OK, File.ReadAllText(ReferenceData.PathOf("weather/open-meteo-sample.json")));
        var client = Create(handler, new WeatherOptions { OpenMeteo = { ApiKey = "k e y" } });

        await client.GetCurrentAsync(UaeCities.Sharjah.Coordinates, CancellationToken.None);

        Assert.Contains("apikey=k%20e%20y", handler.LastRequest!.RequestUri!.Query, StringComparison.Ordinal);
    }

    private static OpenMeteoClient Create(CannedHandler handler, WeatherOptions? options = null) =>
        new(new HttpClient(handler) { BaseAddress = new Uri("http://open-meteo.test/") }, Options.Create(options ?? new WeatherOptions()));

    private sealed class CannedHandler(HttpStatusCode status, string body) : HttpMessageHandler
    {
        public HttpRequestMessage? LastRequest { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            LastRequest = request;
            return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
        }
    }
}
