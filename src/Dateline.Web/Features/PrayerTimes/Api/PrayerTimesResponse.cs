using System.Text.Json.Serialization;

namespace Dateline.Web.Features.PrayerTimes.Api;

/// <summary>One day's times as 24-hour local <c>HH:mm</c>; a time is null when the Sun never reaches its altitude.</summary>
public sealed record PrayerTimesResponse(
    string Date,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? City,
    double Latitude,
    double Longitude,
    string Method,
    string Madhab,
    string TimeZone,
    string? Fajr,
    string? Sunrise,
    string Dhuhr,
    string? Asr,
    string? Maghrib,
    string? Isha);
