using System.Globalization;
using Dateline.PrayerTimes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dateline.Web.Features.PrayerTimes.Api;

/// <summary>
/// <c>GET /api/v1/prayer-times?city=sharjah&amp;date=2025-05-24</c> or <c>?lat=25.3463&amp;lon=55.4209</c>, with optional
/// <c>tz</c>, <c>method</c> and <c>asr</c>. Query values are taken as text and parsed here so that every bad value
/// gets a 400 that says what was wrong, rather than the framework's empty binding failure.
/// </summary>
public static class PrayerTimesApi
{
    private static readonly DateOnly EarliestDate = new(1900, 1, 1);
    private static readonly DateOnly LatestDate = new(2199, 12, 31);

    public static RouteGroupBuilder MapPrayerTimesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/prayer-times").WithTags("Prayer times");
        group.MapGet("/", Get)
            .WithName("GetPrayerTimes")
            .WithSummary("Prayer times for a UAE city or any coordinates on one day.");
        return group;
    }

    internal static Results<Ok<PrayerTimesResponse>, ProblemHttpResult> Get(
        HttpContext context,
        PrayerTimetable timetable,
        TimeProvider time,
        string? city,
        string? lat,
        string? lon,
        string? date,
        string? tz,
        string? method,
        string? asr)
    {
        var hasCoordinates = !string.IsNullOrWhiteSpace(lat) || !string.IsNullOrWhiteSpace(lon);
        if (!string.IsNullOrWhiteSpace(city) && hasCoordinates)
        {
            return BadRequest("Give either 'city' or 'lat' and 'lon', not both.");
        }

        UaeCity? uaeCity = null;
        Coordinates coordinates;
        if (hasCoordinates)
        {
            if (string.IsNullOrWhiteSpace(lat) || string.IsNullOrWhiteSpace(lon))
            {
                return BadRequest("'lat' and 'lon' must be given together.");
            }

            if (!TryParseDegrees(lat, "lat", 90, out var latitude, out var error)
                || !TryParseDegrees(lon, "lon", 180, out var longitude, out error))
            {
                return BadRequest(error);
            }

            coordinates = new Coordinates(latitude, longitude);
        }
        else if (string.IsNullOrWhiteSpace(city))
        {
            uaeCity = timetable.DefaultCity;
            coordinates = uaeCity.Coordinates;
        }
        else if (UaeCities.TryFind(city, out var found))
        {
            uaeCity = found;
            coordinates = found.Coordinates;
        }
        else
        {
            return BadRequest($"Unknown city '{city}'. Known cities: {string.Join(", ", UaeCities.All.Select(c => c.Id))}.");
        }

        var zone = UaeCities.TimeZone;
        if (!string.IsNullOrWhiteSpace(tz) && !TimeZoneInfo.TryFindSystemTimeZoneById(tz.Trim(), out zone))
        {
            return BadRequest($"Unknown time zone '{tz}'. Use an IANA id such as 'Asia/Dubai'.");
        }

        var parameters = timetable.Parameters;
        if (!string.IsNullOrWhiteSpace(method))
        {
            if (!CalculationMethod.TryFind(method, out var chosen))
            {
                return BadRequest($"Unknown method '{method}'. Known methods: {string.Join(", ", CalculationMethod.All.Select(m => m.Id))}.");
            }

            // A method chosen by the caller is used as published, without the site's local minute adjustments.
            parameters = parameters with { Method = chosen, Adjustments = PrayerAdjustments.None };
        }

        if (!string.IsNullOrWhiteSpace(asr))
        {
            switch (asr.Trim().ToLowerInvariant())
            {
                case "shafi":
                    parameters = parameters with { Madhab = Madhab.Shafi };
                    break;
                case "hanafi":
                    parameters = parameters with { Madhab = Madhab.Hanafi };
                    break;
                default:
                    return BadRequest($"Unknown asr convention '{asr}'. Use 'shafi' or 'hanafi'.");
            }
        }

        var now = TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone);
        var today = DateOnly.FromDateTime(now.DateTime);
        var day = today;
        if (!string.IsNullOrWhiteSpace(date))
        {
            if (!DateOnly.TryParseExact(date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
            {
                return BadRequest($"Invalid date '{date}'. Use the form yyyy-MM-dd, e.g. 2025-05-24.");
            }

            if (day < EarliestDate || day > LatestDate)
            {
                return BadRequest($"Date {date} is out of range; use a date between {EarliestDate:yyyy-MM-dd} and {LatestDate:yyyy-MM-dd}.");
            }
        }

        var times = PrayerCalculator.Compute(day, coordinates, zone, parameters);

        // A named day never changes; "today" must not outlive the local midnight that ends it.
        var maxAge = string.IsNullOrWhiteSpace(date)
            ? (int)Math.Clamp((today.AddDays(1).ToDateTime(TimeOnly.MinValue) - now.DateTime).TotalSeconds, 60, 3600)
            : 6 * 3600;
        context.Response.Headers.CacheControl = $"public, max-age={maxAge.ToString(CultureInfo.InvariantCulture)}";

        return TypedResults.Ok(new PrayerTimesResponse(
            day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            uaeCity?.Id,
            coordinates.Latitude,
            coordinates.Longitude,
            parameters.Method.Id,
            parameters.Madhab.ToString().ToLowerInvariant(),
            zone.Id,
            Clock(times.Fajr),
            Clock(times.Sunrise),
            Clock(times.Dhuhr)!,
            Clock(times.Asr),
            Clock(times.Maghrib),
            Clock(times.Isha)));
    }

    private static string? Clock(DateTimeOffset? time) => time?.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static bool TryParseDegrees(string text, string name, double limit, out double value, out string error)
    {
        error = "";
        if (!double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value))
        {
            error = $"'{name}' must be a decimal number of degrees, e.g. 25.3463; got '{text}'.";
            return false;
        }

        if (value < -limit || value > limit)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"'{name}' must be between -{limit} and {limit} degrees; got {value}.");
            return false;
        }

        return true;
    }

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid prayer-times request");
}
