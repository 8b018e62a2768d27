namespace Dateline.Web.Features.Weather;

/// <summary>What a provider reported: temperature, WMO weather code, day or night, and when the values apply.</summary>
public sealed record WeatherObservation(double TemperatureC, int WeatherCode, bool IsDay, DateTimeOffset ObservedAt, string Source);
