namespace Dateline.Web.Features.Weather.Api;

/// <summary>
/// Current conditions for one city. <c>observedAt</c> is the provider's time for the values; <c>retrievedAt</c>
/// is when the site fetched them, and <c>ageSeconds</c>/<c>stale</c> are measured from it.
/// </summary>
public sealed record WeatherResponse(
    string City,
    double TemperatureC,
    string Condition,
    bool IsDay,
    int WeatherCode,
    string Description,
    string Icon,
    string ObservedAt,
    string RetrievedAt,
    long AgeSeconds,
    bool Stale,
    string Source);
